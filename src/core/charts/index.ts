export * from './model.js';
export { niceScale, tickLabel, type Scale } from './scale.js';
export { bounded, downsample, yScale } from './bound.js';
export { toMermaid } from './mermaid.js';
export { parseMermaid } from './parse.js';
export { toSvg } from './svg.js';
