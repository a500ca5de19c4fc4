// The launcher lives in src so the demo uses the same one; tests import it from here.
export {
  prometheusBinary,
  startPrometheus,
  type PrometheusServer,
  type PrometheusSetup,
} from '../../src/clients/metrics/prometheus-process.js';
