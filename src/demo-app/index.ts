export { demoConfig, demoHandler, startDemoApp, type DemoApp, type DemoAppConfig } from './app.js';
