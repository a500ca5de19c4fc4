#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  require_dist
} from "./chunk-TTMFTJT2.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-EORTFFLD.js";

// node_modules/prom-client/lib/util.js
var require_util = __commonJS({
  "node_modules/prom-client/lib/util.js"(exports) {
    "use strict";
    exports.getValueAsString = function getValueString(value) {
      if (Number.isNaN(value)) {
        return "Nan";
      } else if (!Number.isFinite(value)) {
        if (value < 0) {
          return "-Inf";
        } else {
          return "+Inf";
        }
      } else {
        return `${value}`;
      }
    };
    exports.removeLabels = function removeLabels(hashMap, labels, sortedLabelNames) {
      const hash = hashObject(labels, sortedLabelNames);
      delete hashMap[hash];
    };
    exports.setValue = function setValue(hashMap, value, labels) {
      const hash = hashObject(labels);
      hashMap[hash] = {
        value: typeof value === "number" ? value : 0,
        labels: labels || {}
      };
      return hashMap;
    };
    exports.setValueDelta = function setValueDelta(hashMap, deltaValue, labels, hash = "") {
      const value = typeof deltaValue === "number" ? deltaValue : 0;
      if (hashMap[hash]) {
        hashMap[hash].value += value;
      } else {
        hashMap[hash] = { value, labels };
      }
      return hashMap;
    };
    exports.getLabels = function(labelNames, args) {
      if (typeof args[0] === "object") {
        return args[0];
      }
      if (labelNames.length !== args.length) {
        throw new Error(
          `Invalid number of arguments (${args.length}): "${args.join(
            ", "
          )}" for label names (${labelNames.length}): "${labelNames.join(", ")}".`
        );
      }
      const acc = {};
      for (let i = 0; i < labelNames.length; i++) {
        acc[labelNames[i]] = args[i];
      }
      return acc;
    };
    function fastHashObject(keys, labels) {
      if (keys.length === 0) {
        return "";
      }
      let hash = "";
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        const value = labels[key];
        if (value === void 0) continue;
        hash += `${key}:${value},`;
      }
      return hash;
    }
    function hashObject(labels, labelNames) {
      if (labelNames) {
        return fastHashObject(labelNames, labels);
      }
      const keys = Object.keys(labels);
      if (keys.length > 1) {
        keys.sort();
      }
      return fastHashObject(keys, labels);
    }
    exports.hashObject = hashObject;
    exports.isObject = function isObject2(obj2) {
      return obj2 !== null && typeof obj2 === "object";
    };
    exports.nowTimestamp = function nowTimestamp() {
      return Date.now() / 1e3;
    };
    var Grouper = class extends Map {
      /**
       * Adds the `value` to the `key`'s array of values.
       * @param {*} key Key to set.
       * @param {*} value Value to add to `key`'s array.
       * @returns {undefined} undefined.
       */
      add(key, value) {
        if (this.has(key)) {
          this.get(key).push(value);
        } else {
          this.set(key, [value]);
        }
      }
    };
    exports.Grouper = Grouper;
  }
});

// node_modules/prom-client/lib/registry.js
var require_registry = __commonJS({
  "node_modules/prom-client/lib/registry.js"(exports, module) {
    "use strict";
    var { getValueAsString } = require_util();
    var Registry2 = class _Registry {
      static get PROMETHEUS_CONTENT_TYPE() {
        return "text/plain; version=0.0.4; charset=utf-8";
      }
      static get OPENMETRICS_CONTENT_TYPE() {
        return "application/openmetrics-text; version=1.0.0; charset=utf-8";
      }
      constructor(regContentType = _Registry.PROMETHEUS_CONTENT_TYPE) {
        this._metrics = {};
        this._collectors = [];
        this._defaultLabels = {};
        if (regContentType !== _Registry.PROMETHEUS_CONTENT_TYPE && regContentType !== _Registry.OPENMETRICS_CONTENT_TYPE) {
          throw new TypeError(`Content type ${regContentType} is unsupported`);
        }
        this._contentType = regContentType;
      }
      getMetricsAsArray() {
        return Object.values(this._metrics);
      }
      async getMetricsAsString(metrics) {
        const metric = typeof metrics.getForPromString === "function" ? await metrics.getForPromString() : await metrics.get();
        const name2 = escapeString(metric.name);
        const help = `# HELP ${name2} ${escapeString(metric.help)}`;
        const type = `# TYPE ${name2} ${metric.type}`;
        const values = [help, type];
        const defaultLabels = Object.keys(this._defaultLabels).length > 0 ? this._defaultLabels : null;
        const isOpenMetrics = this.contentType === _Registry.OPENMETRICS_CONTENT_TYPE;
        for (const val of metric.values || []) {
          let { metricName = name2, labels = {} } = val;
          const { sharedLabels = {} } = val;
          if (isOpenMetrics && metric.type === "counter") {
            metricName = `${metricName}_total`;
          }
          if (defaultLabels) {
            labels = { ...labels, ...defaultLabels, ...labels };
          }
          const formattedLabels = formatLabels(labels, sharedLabels);
          const flattenedShared = flattenSharedLabels(sharedLabels);
          const labelParts = [...formattedLabels, flattenedShared].filter(Boolean);
          const labelsString = labelParts.length ? `{${labelParts.join(",")}}` : "";
          let fullMetricLine = `${metricName}${labelsString} ${getValueAsString(
            val.value
          )}`;
          const { exemplar } = val;
          if (exemplar && isOpenMetrics) {
            const formattedExemplars = formatLabels(exemplar.labelSet);
            fullMetricLine += ` # {${formattedExemplars.join(
              ","
            )}} ${getValueAsString(exemplar.value)} ${exemplar.timestamp}`;
          }
          values.push(fullMetricLine);
        }
        return values.join("\n");
      }
      async metrics() {
        const isOpenMetrics = this.contentType === _Registry.OPENMETRICS_CONTENT_TYPE;
        const promises = this.getMetricsAsArray().map((metric) => {
          if (isOpenMetrics && metric.type === "counter") {
            metric.name = standardizeCounterName(metric.name);
          }
          return this.getMetricsAsString(metric);
        });
        const resolves = await Promise.all(promises);
        return isOpenMetrics ? `${resolves.join("\n")}
# EOF
` : `${resolves.join("\n\n")}
`;
      }
      registerMetric(metric) {
        if (this._metrics[metric.name] && this._metrics[metric.name] !== metric) {
          throw new Error(
            `A metric with the name ${metric.name} has already been registered.`
          );
        }
        this._metrics[metric.name] = metric;
      }
      clear() {
        this._metrics = {};
        this._defaultLabels = {};
      }
      async getMetricsAsJSON() {
        const metrics = [];
        const defaultLabelNames = Object.keys(this._defaultLabels);
        const promises = [];
        for (const metric of this.getMetricsAsArray()) {
          promises.push(metric.get());
        }
        const resolves = await Promise.all(promises);
        for (const item of resolves) {
          if (item.values && defaultLabelNames.length > 0) {
            for (const val of item.values) {
              val.labels = Object.assign({}, val.labels);
              for (const labelName of defaultLabelNames) {
                val.labels[labelName] = val.labels[labelName] || this._defaultLabels[labelName];
              }
            }
          }
          metrics.push(item);
        }
        return metrics;
      }
      removeSingleMetric(name2) {
        delete this._metrics[name2];
      }
      getSingleMetricAsString(name2) {
        return this.getMetricsAsString(this._metrics[name2]);
      }
      getSingleMetric(name2) {
        return this._metrics[name2];
      }
      setDefaultLabels(labels) {
        this._defaultLabels = labels;
      }
      resetMetrics() {
        for (const metric in this._metrics) {
          this._metrics[metric].reset();
        }
      }
      get contentType() {
        return this._contentType;
      }
      setContentType(metricsContentType) {
        if (metricsContentType === _Registry.OPENMETRICS_CONTENT_TYPE || metricsContentType === _Registry.PROMETHEUS_CONTENT_TYPE) {
          this._contentType = metricsContentType;
        } else {
          throw new Error(`Content type ${metricsContentType} is unsupported`);
        }
      }
      static merge(registers) {
        const regType = registers[0].contentType;
        for (const reg of registers) {
          if (reg.contentType !== regType) {
            throw new Error(
              "Registers can only be merged if they have the same content type"
            );
          }
        }
        const mergedRegistry = new _Registry(regType);
        const metricsToMerge = registers.reduce(
          (acc, reg) => acc.concat(reg.getMetricsAsArray()),
          []
        );
        metricsToMerge.forEach(mergedRegistry.registerMetric, mergedRegistry);
        return mergedRegistry;
      }
    };
    function formatLabels(labels, exclude) {
      const { hasOwnProperty } = Object.prototype;
      const formatted = [];
      for (const [name2, value] of Object.entries(labels)) {
        if (!exclude || !hasOwnProperty.call(exclude, name2)) {
          formatted.push(`${name2}="${escapeLabelValue(value)}"`);
        }
      }
      return formatted;
    }
    var sharedLabelCache = /* @__PURE__ */ new WeakMap();
    function flattenSharedLabels(labels) {
      const cached = sharedLabelCache.get(labels);
      if (cached) {
        return cached;
      }
      const formattedLabels = formatLabels(labels);
      const flattened = formattedLabels.join(",");
      sharedLabelCache.set(labels, flattened);
      return flattened;
    }
    function escapeLabelValue(str2) {
      if (typeof str2 !== "string") {
        return str2;
      }
      return escapeString(str2).replace(/"/g, '\\"');
    }
    function escapeString(str2) {
      return str2.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
    }
    function standardizeCounterName(name2) {
      return name2.replace(/_total$/, "");
    }
    module.exports = Registry2;
    module.exports.globalRegistry = new Registry2();
  }
});

// node_modules/prom-client/lib/validation.js
var require_validation = __commonJS({
  "node_modules/prom-client/lib/validation.js"(exports) {
    "use strict";
    var util = __require("util");
    var metricRegexp = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
    var labelRegexp = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
    exports.validateMetricName = function(name2) {
      return metricRegexp.test(name2);
    };
    exports.validateLabelName = function(names = []) {
      return names.every((name2) => labelRegexp.test(name2));
    };
    exports.validateLabel = function validateLabel(savedLabels, labels) {
      for (const label in labels) {
        if (!savedLabels.includes(label)) {
          throw new Error(
            `Added label "${label}" is not included in initial labelset: ${util.inspect(
              savedLabels
            )}`
          );
        }
      }
    };
  }
});

// node_modules/prom-client/lib/metric.js
var require_metric = __commonJS({
  "node_modules/prom-client/lib/metric.js"(exports, module) {
    "use strict";
    var Registry2 = require_registry();
    var { isObject: isObject2 } = require_util();
    var { validateMetricName, validateLabelName } = require_validation();
    var Metric = class {
      constructor(config, defaults = {}) {
        if (!isObject2(config)) {
          throw new TypeError("constructor expected a config object");
        }
        Object.assign(
          this,
          {
            labelNames: [],
            registers: [Registry2.globalRegistry],
            aggregator: "sum",
            enableExemplars: false
          },
          defaults,
          config
        );
        if (!this.registers) {
          this.registers = [Registry2.globalRegistry];
        }
        if (!this.help) {
          throw new Error("Missing mandatory help parameter");
        }
        if (!this.name) {
          throw new Error("Missing mandatory name parameter");
        }
        if (!validateMetricName(this.name)) {
          throw new Error("Invalid metric name");
        }
        if (!validateLabelName(this.labelNames)) {
          throw new Error("Invalid label name");
        }
        if (this.collect && typeof this.collect !== "function") {
          throw new Error('Optional "collect" parameter must be a function');
        }
        if (this.labelNames) {
          this.sortedLabelNames = [...this.labelNames].sort();
        } else {
          this.sortedLabelNames = [];
        }
        this.reset();
        for (const register of this.registers) {
          if (this.enableExemplars && register.contentType === Registry2.PROMETHEUS_CONTENT_TYPE) {
            throw new TypeError(
              "Exemplars are supported only on OpenMetrics registries"
            );
          }
          register.registerMetric(this);
        }
      }
      reset() {
      }
    };
    module.exports = { Metric };
  }
});

// node_modules/prom-client/lib/exemplar.js
var require_exemplar = __commonJS({
  "node_modules/prom-client/lib/exemplar.js"(exports, module) {
    "use strict";
    var Exemplar = class {
      constructor(labelSet = {}, value = null) {
        this.labelSet = labelSet;
        this.value = value;
      }
      /**
       * Validation for the label set format.
       * https://github.com/OpenObservability/OpenMetrics/blob/d99b705f611b75fec8f450b05e344e02eea6921d/specification/OpenMetrics.md#exemplars
       *
       * @param {object} labelSet - Exemplar labels.
       * @throws {RangeError}
       * @return {void}
       */
      validateExemplarLabelSet(labelSet) {
        let res = "";
        for (const [labelName, labelValue] of Object.entries(labelSet)) {
          res += `${labelName}${labelValue}`;
        }
        if (res.length > 128) {
          throw new RangeError(
            "Label set size must be smaller than 128 UTF-8 chars"
          );
        }
      }
    };
    module.exports = Exemplar;
  }
});

// node_modules/prom-client/lib/counter.js
var require_counter = __commonJS({
  "node_modules/prom-client/lib/counter.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var {
      hashObject,
      isObject: isObject2,
      getLabels,
      removeLabels,
      nowTimestamp
    } = require_util();
    var { validateLabel } = require_validation();
    var { Metric } = require_metric();
    var Exemplar = require_exemplar();
    var Counter2 = class extends Metric {
      constructor(config) {
        super(config);
        this.type = "counter";
        this.defaultLabels = {};
        this.defaultValue = 1;
        this.defaultExemplarLabelSet = {};
        if (config.enableExemplars) {
          this.enableExemplars = true;
          this.inc = this.incWithExemplar;
        } else {
          this.inc = this.incWithoutExemplar;
        }
      }
      /**
       * Increment counter
       * @param {object} labels - What label you want to be incremented
       * @param {Number} value - Value to increment, if omitted increment with 1
       * @returns {object} results - object with information about the inc operation
       * @returns {string} results.labelHash - hash representation of the labels
       */
      incWithoutExemplar(labels, value) {
        let hash = "";
        if (isObject2(labels)) {
          hash = hashObject(labels, this.sortedLabelNames);
          validateLabel(this.labelNames, labels);
        } else {
          value = labels;
          labels = {};
        }
        if (value && !Number.isFinite(value)) {
          throw new TypeError(`Value is not a valid number: ${util.format(value)}`);
        }
        if (value < 0) {
          throw new Error("It is not possible to decrease a counter");
        }
        if (value === null || value === void 0) value = 1;
        setValue(this.hashMap, value, labels, hash);
        return { labelHash: hash };
      }
      /**
       * Increment counter with exemplar, same as inc but accepts labels for an
       * exemplar.
       * If no label is provided the current exemplar labels are kept unchanged
       * (defaults to empty set).
       *
       * @param {object} incOpts - Object with options about what metric to increase
       * @param {object} incOpts.labels - What label you want to be incremented,
       *                                  defaults to null (metric with no labels)
       * @param {Number} incOpts.value - Value to increment, defaults to 1
       * @param {object} incOpts.exemplarLabels - Key-value  labels for the
       *                                          exemplar, defaults to empty set {}
       * @returns {void}
       */
      incWithExemplar({
        labels = this.defaultLabels,
        value = this.defaultValue,
        exemplarLabels = this.defaultExemplarLabelSet
      } = {}) {
        const res = this.incWithoutExemplar(labels, value);
        this.updateExemplar(exemplarLabels, value, res.labelHash);
      }
      updateExemplar(exemplarLabels, value, hash) {
        if (exemplarLabels === this.defaultExemplarLabelSet) return;
        if (!isObject2(this.hashMap[hash].exemplar)) {
          this.hashMap[hash].exemplar = new Exemplar();
        }
        this.hashMap[hash].exemplar.validateExemplarLabelSet(exemplarLabels);
        this.hashMap[hash].exemplar.labelSet = exemplarLabels;
        this.hashMap[hash].exemplar.value = value ? value : 1;
        this.hashMap[hash].exemplar.timestamp = nowTimestamp();
      }
      /**
       * Reset counter
       * @returns {void}
       */
      reset() {
        this.hashMap = {};
        if (this.labelNames.length === 0) {
          setValue(this.hashMap, 0);
        }
      }
      async get() {
        if (this.collect) {
          const v = this.collect();
          if (v instanceof Promise) await v;
        }
        return {
          help: this.help,
          name: this.name,
          type: this.type,
          values: Object.values(this.hashMap),
          aggregator: this.aggregator
        };
      }
      labels(...args) {
        const labels = getLabels(this.labelNames, args) || {};
        return {
          inc: this.inc.bind(this, labels)
        };
      }
      remove(...args) {
        const labels = getLabels(this.labelNames, args) || {};
        validateLabel(this.labelNames, labels);
        return removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
      }
    };
    function setValue(hashMap, value, labels = {}, hash = "") {
      if (hashMap[hash]) {
        hashMap[hash].value += value;
      } else {
        hashMap[hash] = { value, labels };
      }
      return hashMap;
    }
    module.exports = Counter2;
  }
});

// node_modules/prom-client/lib/gauge.js
var require_gauge = __commonJS({
  "node_modules/prom-client/lib/gauge.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var {
      setValue,
      setValueDelta,
      getLabels,
      hashObject,
      isObject: isObject2,
      removeLabels
    } = require_util();
    var { validateLabel } = require_validation();
    var { Metric } = require_metric();
    var Gauge = class extends Metric {
      constructor(config) {
        super(config);
        this.type = "gauge";
      }
      /**
       * Set a gauge to a value
       * @param {object} labels - Object with labels and their values
       * @param {Number} value - Value to set the gauge to, must be positive
       * @returns {void}
       */
      set(labels, value) {
        value = getValueArg(labels, value);
        labels = getLabelArg(labels);
        set(this, labels, value);
      }
      /**
       * Reset gauge
       * @returns {void}
       */
      reset() {
        this.hashMap = {};
        if (this.labelNames.length === 0) {
          setValue(this.hashMap, 0, {});
        }
      }
      /**
       * Increment a gauge value
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {Number} value - Value to increment - if omitted, increment with 1
       * @returns {void}
       */
      inc(labels, value) {
        value = getValueArg(labels, value);
        labels = getLabelArg(labels);
        if (value === void 0) value = 1;
        setDelta(this, labels, value);
      }
      /**
       * Decrement a gauge value
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {Number} value - Value to decrement - if omitted, decrement with 1
       * @returns {void}
       */
      dec(labels, value) {
        value = getValueArg(labels, value);
        labels = getLabelArg(labels);
        if (value === void 0) value = 1;
        setDelta(this, labels, -value);
      }
      /**
       * Set the gauge to current unix epoch
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @returns {void}
       */
      setToCurrentTime(labels) {
        const now = Date.now() / 1e3;
        if (labels === void 0) {
          this.set(now);
        } else {
          this.set(labels, now);
        }
      }
      /**
       * Start a timer
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @returns {function} - Invoke this function to set the duration in seconds since you started the timer.
       * @example
       * var done = gauge.startTimer();
       * makeXHRRequest(function(err, response) {
       *	done(); //Duration of the request will be saved
       * });
       */
      startTimer(labels) {
        const start = process.hrtime();
        return (endLabels) => {
          const delta = process.hrtime(start);
          const value = delta[0] + delta[1] / 1e9;
          this.set(Object.assign({}, labels, endLabels), value);
          return value;
        };
      }
      async get() {
        if (this.collect) {
          const v = this.collect();
          if (v instanceof Promise) await v;
        }
        return {
          help: this.help,
          name: this.name,
          type: this.type,
          values: Object.values(this.hashMap),
          aggregator: this.aggregator
        };
      }
      _getValue(labels) {
        const hash = hashObject(labels || {}, this.sortedLabelNames);
        return this.hashMap[hash] ? this.hashMap[hash].value : 0;
      }
      labels(...args) {
        const labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels);
        return {
          inc: this.inc.bind(this, labels),
          dec: this.dec.bind(this, labels),
          set: this.set.bind(this, labels),
          setToCurrentTime: this.setToCurrentTime.bind(this, labels),
          startTimer: this.startTimer.bind(this, labels)
        };
      }
      remove(...args) {
        const labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels);
        removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
      }
    };
    function set(gauge, labels, value) {
      if (typeof value !== "number") {
        throw new TypeError(`Value is not a valid number: ${util.format(value)}`);
      }
      validateLabel(gauge.labelNames, labels);
      setValue(gauge.hashMap, value, labels);
    }
    function setDelta(gauge, labels, delta) {
      if (typeof delta !== "number") {
        throw new TypeError(`Delta is not a valid number: ${util.format(delta)}`);
      }
      validateLabel(gauge.labelNames, labels);
      const hash = hashObject(labels, gauge.sortedLabelNames);
      setValueDelta(gauge.hashMap, delta, labels, hash);
    }
    function getLabelArg(labels) {
      return isObject2(labels) ? labels : {};
    }
    function getValueArg(labels, value) {
      return isObject2(labels) ? value : labels;
    }
    module.exports = Gauge;
  }
});

// node_modules/prom-client/lib/histogram.js
var require_histogram = __commonJS({
  "node_modules/prom-client/lib/histogram.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var {
      getLabels,
      hashObject,
      isObject: isObject2,
      removeLabels,
      nowTimestamp
    } = require_util();
    var { validateLabel } = require_validation();
    var { Metric } = require_metric();
    var Exemplar = require_exemplar();
    var Histogram2 = class extends Metric {
      constructor(config) {
        super(config, {
          buckets: [5e-3, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]
        });
        this.type = "histogram";
        this.defaultLabels = {};
        this.defaultExemplarLabelSet = {};
        this.enableExemplars = false;
        for (const label of this.labelNames) {
          if (label === "le") {
            throw new Error("le is a reserved label keyword");
          }
        }
        this.upperBounds = this.buckets;
        this.bucketValues = this.upperBounds.reduce((acc, upperBound) => {
          acc[upperBound] = 0;
          return acc;
        }, {});
        if (config.enableExemplars) {
          this.enableExemplars = true;
          this.bucketExemplars = this.upperBounds.reduce((acc, upperBound) => {
            acc[upperBound] = null;
            return acc;
          }, {});
          Object.freeze(this.bucketExemplars);
          this.observe = this.observeWithExemplar;
        } else {
          this.observe = this.observeWithoutExemplar;
        }
        Object.freeze(this.bucketValues);
        Object.freeze(this.upperBounds);
        if (this.labelNames.length === 0) {
          this.hashMap = {
            [hashObject({})]: createBaseValues(
              {},
              this.bucketValues,
              this.bucketExemplars
            )
          };
        }
      }
      /**
       * Observe a value in histogram
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {Number} value - Value to observe in the histogram
       * @returns {void}
       */
      observeWithoutExemplar(labels, value) {
        observe.call(this, labels === 0 ? 0 : labels || {})(value);
      }
      observeWithExemplar({
        labels = this.defaultLabels,
        value,
        exemplarLabels = this.defaultExemplarLabelSet
      } = {}) {
        observe.call(this, labels === 0 ? 0 : labels || {})(value);
        this.updateExemplar(labels, value, exemplarLabels);
      }
      updateExemplar(labels, value, exemplarLabels) {
        if (Object.keys(exemplarLabels).length === 0) return;
        const hash = hashObject(labels, this.sortedLabelNames);
        const bound = findBound(this.upperBounds, value);
        const { bucketExemplars } = this.hashMap[hash];
        let exemplar = bucketExemplars[bound];
        if (!isObject2(exemplar)) {
          exemplar = new Exemplar();
          bucketExemplars[bound] = exemplar;
        }
        exemplar.validateExemplarLabelSet(exemplarLabels);
        exemplar.labelSet = exemplarLabels;
        exemplar.value = value;
        exemplar.timestamp = nowTimestamp();
      }
      async get() {
        const data = await this.getForPromString();
        data.values = data.values.map(splayLabels);
        return data;
      }
      async getForPromString() {
        if (this.collect) {
          const v = this.collect();
          if (v instanceof Promise) await v;
        }
        const data = Object.values(this.hashMap);
        const values = data.map(extractBucketValuesForExport(this)).reduce(addSumAndCountForExport(this), []);
        return {
          name: this.name,
          help: this.help,
          type: this.type,
          values,
          aggregator: this.aggregator
        };
      }
      reset() {
        this.hashMap = {};
      }
      /**
       * Initialize the metrics for the given combination of labels to zero
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @returns {void}
       */
      zero(labels) {
        const hash = hashObject(labels, this.sortedLabelNames);
        this.hashMap[hash] = createBaseValues(
          labels,
          this.bucketValues,
          this.bucketExemplars
        );
      }
      /**
       * Start a timer that could be used to logging durations
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {object} exemplarLabels - Object with labels for exemplar where key is the label key and value is label value. Can only be one level deep
       * @returns {function} - Function to invoke when you want to stop the timer and observe the duration in seconds
       * @example
       * var end = histogram.startTimer();
       * makeExpensiveXHRRequest(function(err, res) {
       * 	const duration = end(); //Observe the duration of expensiveXHRRequest and returns duration in seconds
       * 	console.log('Duration', duration);
       * });
       */
      startTimer(labels, exemplarLabels) {
        return this.enableExemplars ? startTimerWithExemplar.call(this, labels, exemplarLabels)() : startTimer.call(this, labels)();
      }
      labels(...args) {
        const labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels);
        return {
          observe: observe.call(this, labels),
          startTimer: startTimer.call(this, labels)
        };
      }
      remove(...args) {
        const labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels);
        removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
      }
    };
    function startTimer(startLabels) {
      return () => {
        const start = process.hrtime();
        return (endLabels) => {
          const delta = process.hrtime(start);
          const value = delta[0] + delta[1] / 1e9;
          this.observe(Object.assign({}, startLabels, endLabels), value);
          return value;
        };
      };
    }
    function startTimerWithExemplar(startLabels, startExemplarLabels) {
      return () => {
        const start = process.hrtime();
        return (endLabels, endExemplarLabels) => {
          const delta = process.hrtime(start);
          const value = delta[0] + delta[1] / 1e9;
          this.observe({
            labels: Object.assign({}, startLabels, endLabels),
            value,
            exemplarLabels: Object.assign(
              {},
              startExemplarLabels,
              endExemplarLabels
            )
          });
          return value;
        };
      };
    }
    function setValuePair(labels, value, metricName, exemplar, sharedLabels = {}) {
      return {
        labels,
        sharedLabels,
        value,
        metricName,
        exemplar
      };
    }
    function findBound(upperBounds, value) {
      for (let i = 0; i < upperBounds.length; i++) {
        const bound = upperBounds[i];
        if (value <= bound) {
          return bound;
        }
      }
      return -1;
    }
    function observe(labels) {
      return (value) => {
        const labelValuePair = convertLabelsAndValues(labels, value);
        validateLabel(this.labelNames, labelValuePair.labels);
        if (!Number.isFinite(labelValuePair.value)) {
          throw new TypeError(
            `Value is not a valid number: ${util.format(labelValuePair.value)}`
          );
        }
        const hash = hashObject(labelValuePair.labels, this.sortedLabelNames);
        let valueFromMap = this.hashMap[hash];
        if (!valueFromMap) {
          valueFromMap = createBaseValues(
            labelValuePair.labels,
            this.bucketValues,
            this.bucketExemplars
          );
        }
        const b = findBound(this.upperBounds, labelValuePair.value);
        valueFromMap.sum += labelValuePair.value;
        valueFromMap.count += 1;
        if (Object.prototype.hasOwnProperty.call(valueFromMap.bucketValues, b)) {
          valueFromMap.bucketValues[b] += 1;
        }
        this.hashMap[hash] = valueFromMap;
      };
    }
    function createBaseValues(labels, bucketValues, bucketExemplars) {
      const result = {
        labels,
        bucketValues: { ...bucketValues },
        sum: 0,
        count: 0
      };
      if (bucketExemplars) {
        result.bucketExemplars = { ...bucketExemplars };
      }
      return result;
    }
    function convertLabelsAndValues(labels, value) {
      return isObject2(labels) ? {
        labels,
        value
      } : {
        value: labels,
        labels: {}
      };
    }
    function extractBucketValuesForExport(histogram) {
      const name2 = `${histogram.name}_bucket`;
      return (bucketData) => {
        let acc = 0;
        const buckets = histogram.upperBounds.map((upperBound) => {
          acc += bucketData.bucketValues[upperBound];
          return setValuePair(
            { le: upperBound },
            acc,
            name2,
            bucketData.bucketExemplars ? bucketData.bucketExemplars[upperBound] : null,
            bucketData.labels
          );
        });
        return { buckets, data: bucketData };
      };
    }
    function addSumAndCountForExport(histogram) {
      return (acc, d) => {
        acc.push(...d.buckets);
        const infLabel = { le: "+Inf" };
        acc.push(
          setValuePair(
            infLabel,
            d.data.count,
            `${histogram.name}_bucket`,
            d.data.bucketExemplars ? d.data.bucketExemplars["-1"] : null,
            d.data.labels
          ),
          setValuePair(
            {},
            d.data.sum,
            `${histogram.name}_sum`,
            void 0,
            d.data.labels
          ),
          setValuePair(
            {},
            d.data.count,
            `${histogram.name}_count`,
            void 0,
            d.data.labels
          )
        );
        return acc;
      };
    }
    function splayLabels(bucket) {
      const { sharedLabels, labels, ...newBucket } = bucket;
      for (const label of Object.keys(sharedLabels)) {
        labels[label] = sharedLabels[label];
      }
      newBucket.labels = labels;
      return newBucket;
    }
    module.exports = Histogram2;
  }
});

// node_modules/bintrees/lib/treebase.js
var require_treebase = __commonJS({
  "node_modules/bintrees/lib/treebase.js"(exports, module) {
    function TreeBase() {
    }
    TreeBase.prototype.clear = function() {
      this._root = null;
      this.size = 0;
    };
    TreeBase.prototype.find = function(data) {
      var res = this._root;
      while (res !== null) {
        var c = this._comparator(data, res.data);
        if (c === 0) {
          return res.data;
        } else {
          res = res.get_child(c > 0);
        }
      }
      return null;
    };
    TreeBase.prototype.findIter = function(data) {
      var res = this._root;
      var iter = this.iterator();
      while (res !== null) {
        var c = this._comparator(data, res.data);
        if (c === 0) {
          iter._cursor = res;
          return iter;
        } else {
          iter._ancestors.push(res);
          res = res.get_child(c > 0);
        }
      }
      return null;
    };
    TreeBase.prototype.lowerBound = function(item) {
      var cur = this._root;
      var iter = this.iterator();
      var cmp = this._comparator;
      while (cur !== null) {
        var c = cmp(item, cur.data);
        if (c === 0) {
          iter._cursor = cur;
          return iter;
        }
        iter._ancestors.push(cur);
        cur = cur.get_child(c > 0);
      }
      for (var i = iter._ancestors.length - 1; i >= 0; --i) {
        cur = iter._ancestors[i];
        if (cmp(item, cur.data) < 0) {
          iter._cursor = cur;
          iter._ancestors.length = i;
          return iter;
        }
      }
      iter._ancestors.length = 0;
      return iter;
    };
    TreeBase.prototype.upperBound = function(item) {
      var iter = this.lowerBound(item);
      var cmp = this._comparator;
      while (iter.data() !== null && cmp(iter.data(), item) === 0) {
        iter.next();
      }
      return iter;
    };
    TreeBase.prototype.min = function() {
      var res = this._root;
      if (res === null) {
        return null;
      }
      while (res.left !== null) {
        res = res.left;
      }
      return res.data;
    };
    TreeBase.prototype.max = function() {
      var res = this._root;
      if (res === null) {
        return null;
      }
      while (res.right !== null) {
        res = res.right;
      }
      return res.data;
    };
    TreeBase.prototype.iterator = function() {
      return new Iterator(this);
    };
    TreeBase.prototype.each = function(cb) {
      var it = this.iterator(), data;
      while ((data = it.next()) !== null) {
        if (cb(data) === false) {
          return;
        }
      }
    };
    TreeBase.prototype.reach = function(cb) {
      var it = this.iterator(), data;
      while ((data = it.prev()) !== null) {
        if (cb(data) === false) {
          return;
        }
      }
    };
    function Iterator(tree) {
      this._tree = tree;
      this._ancestors = [];
      this._cursor = null;
    }
    Iterator.prototype.data = function() {
      return this._cursor !== null ? this._cursor.data : null;
    };
    Iterator.prototype.next = function() {
      if (this._cursor === null) {
        var root = this._tree._root;
        if (root !== null) {
          this._minNode(root);
        }
      } else {
        if (this._cursor.right === null) {
          var save;
          do {
            save = this._cursor;
            if (this._ancestors.length) {
              this._cursor = this._ancestors.pop();
            } else {
              this._cursor = null;
              break;
            }
          } while (this._cursor.right === save);
        } else {
          this._ancestors.push(this._cursor);
          this._minNode(this._cursor.right);
        }
      }
      return this._cursor !== null ? this._cursor.data : null;
    };
    Iterator.prototype.prev = function() {
      if (this._cursor === null) {
        var root = this._tree._root;
        if (root !== null) {
          this._maxNode(root);
        }
      } else {
        if (this._cursor.left === null) {
          var save;
          do {
            save = this._cursor;
            if (this._ancestors.length) {
              this._cursor = this._ancestors.pop();
            } else {
              this._cursor = null;
              break;
            }
          } while (this._cursor.left === save);
        } else {
          this._ancestors.push(this._cursor);
          this._maxNode(this._cursor.left);
        }
      }
      return this._cursor !== null ? this._cursor.data : null;
    };
    Iterator.prototype._minNode = function(start) {
      while (start.left !== null) {
        this._ancestors.push(start);
        start = start.left;
      }
      this._cursor = start;
    };
    Iterator.prototype._maxNode = function(start) {
      while (start.right !== null) {
        this._ancestors.push(start);
        start = start.right;
      }
      this._cursor = start;
    };
    module.exports = TreeBase;
  }
});

// node_modules/bintrees/lib/rbtree.js
var require_rbtree = __commonJS({
  "node_modules/bintrees/lib/rbtree.js"(exports, module) {
    var TreeBase = require_treebase();
    function Node(data) {
      this.data = data;
      this.left = null;
      this.right = null;
      this.red = true;
    }
    Node.prototype.get_child = function(dir) {
      return dir ? this.right : this.left;
    };
    Node.prototype.set_child = function(dir, val) {
      if (dir) {
        this.right = val;
      } else {
        this.left = val;
      }
    };
    function RBTree(comparator) {
      this._root = null;
      this._comparator = comparator;
      this.size = 0;
    }
    RBTree.prototype = new TreeBase();
    RBTree.prototype.insert = function(data) {
      var ret2 = false;
      if (this._root === null) {
        this._root = new Node(data);
        ret2 = true;
        this.size++;
      } else {
        var head = new Node(void 0);
        var dir = 0;
        var last = 0;
        var gp = null;
        var ggp = head;
        var p = null;
        var node = this._root;
        ggp.right = this._root;
        while (true) {
          if (node === null) {
            node = new Node(data);
            p.set_child(dir, node);
            ret2 = true;
            this.size++;
          } else if (is_red(node.left) && is_red(node.right)) {
            node.red = true;
            node.left.red = false;
            node.right.red = false;
          }
          if (is_red(node) && is_red(p)) {
            var dir2 = ggp.right === gp;
            if (node === p.get_child(last)) {
              ggp.set_child(dir2, single_rotate(gp, !last));
            } else {
              ggp.set_child(dir2, double_rotate(gp, !last));
            }
          }
          var cmp = this._comparator(node.data, data);
          if (cmp === 0) {
            break;
          }
          last = dir;
          dir = cmp < 0;
          if (gp !== null) {
            ggp = gp;
          }
          gp = p;
          p = node;
          node = node.get_child(dir);
        }
        this._root = head.right;
      }
      this._root.red = false;
      return ret2;
    };
    RBTree.prototype.remove = function(data) {
      if (this._root === null) {
        return false;
      }
      var head = new Node(void 0);
      var node = head;
      node.right = this._root;
      var p = null;
      var gp = null;
      var found = null;
      var dir = 1;
      while (node.get_child(dir) !== null) {
        var last = dir;
        gp = p;
        p = node;
        node = node.get_child(dir);
        var cmp = this._comparator(data, node.data);
        dir = cmp > 0;
        if (cmp === 0) {
          found = node;
        }
        if (!is_red(node) && !is_red(node.get_child(dir))) {
          if (is_red(node.get_child(!dir))) {
            var sr = single_rotate(node, dir);
            p.set_child(last, sr);
            p = sr;
          } else if (!is_red(node.get_child(!dir))) {
            var sibling = p.get_child(!last);
            if (sibling !== null) {
              if (!is_red(sibling.get_child(!last)) && !is_red(sibling.get_child(last))) {
                p.red = false;
                sibling.red = true;
                node.red = true;
              } else {
                var dir2 = gp.right === p;
                if (is_red(sibling.get_child(last))) {
                  gp.set_child(dir2, double_rotate(p, last));
                } else if (is_red(sibling.get_child(!last))) {
                  gp.set_child(dir2, single_rotate(p, last));
                }
                var gpc = gp.get_child(dir2);
                gpc.red = true;
                node.red = true;
                gpc.left.red = false;
                gpc.right.red = false;
              }
            }
          }
        }
      }
      if (found !== null) {
        found.data = node.data;
        p.set_child(p.right === node, node.get_child(node.left === null));
        this.size--;
      }
      this._root = head.right;
      if (this._root !== null) {
        this._root.red = false;
      }
      return found !== null;
    };
    function is_red(node) {
      return node !== null && node.red;
    }
    function single_rotate(root, dir) {
      var save = root.get_child(!dir);
      root.set_child(!dir, save.get_child(dir));
      save.set_child(dir, root);
      root.red = true;
      save.red = false;
      return save;
    }
    function double_rotate(root, dir) {
      root.set_child(!dir, single_rotate(root.get_child(!dir), !dir));
      return single_rotate(root, dir);
    }
    module.exports = RBTree;
  }
});

// node_modules/bintrees/lib/bintree.js
var require_bintree = __commonJS({
  "node_modules/bintrees/lib/bintree.js"(exports, module) {
    var TreeBase = require_treebase();
    function Node(data) {
      this.data = data;
      this.left = null;
      this.right = null;
    }
    Node.prototype.get_child = function(dir) {
      return dir ? this.right : this.left;
    };
    Node.prototype.set_child = function(dir, val) {
      if (dir) {
        this.right = val;
      } else {
        this.left = val;
      }
    };
    function BinTree(comparator) {
      this._root = null;
      this._comparator = comparator;
      this.size = 0;
    }
    BinTree.prototype = new TreeBase();
    BinTree.prototype.insert = function(data) {
      if (this._root === null) {
        this._root = new Node(data);
        this.size++;
        return true;
      }
      var dir = 0;
      var p = null;
      var node = this._root;
      while (true) {
        if (node === null) {
          node = new Node(data);
          p.set_child(dir, node);
          ret = true;
          this.size++;
          return true;
        }
        if (this._comparator(node.data, data) === 0) {
          return false;
        }
        dir = this._comparator(node.data, data) < 0;
        p = node;
        node = node.get_child(dir);
      }
    };
    BinTree.prototype.remove = function(data) {
      if (this._root === null) {
        return false;
      }
      var head = new Node(void 0);
      var node = head;
      node.right = this._root;
      var p = null;
      var found = null;
      var dir = 1;
      while (node.get_child(dir) !== null) {
        p = node;
        node = node.get_child(dir);
        var cmp = this._comparator(data, node.data);
        dir = cmp > 0;
        if (cmp === 0) {
          found = node;
        }
      }
      if (found !== null) {
        found.data = node.data;
        p.set_child(p.right === node, node.get_child(node.left === null));
        this._root = head.right;
        this.size--;
        return true;
      } else {
        return false;
      }
    };
    module.exports = BinTree;
  }
});

// node_modules/bintrees/index.js
var require_bintrees = __commonJS({
  "node_modules/bintrees/index.js"(exports, module) {
    module.exports = {
      RBTree: require_rbtree(),
      BinTree: require_bintree()
    };
  }
});

// node_modules/tdigest/tdigest.js
var require_tdigest = __commonJS({
  "node_modules/tdigest/tdigest.js"(exports, module) {
    var RBTree = require_bintrees().RBTree;
    function TDigest(delta, K, CX) {
      this.discrete = delta === false;
      this.delta = delta || 0.01;
      this.K = K === void 0 ? 25 : K;
      this.CX = CX === void 0 ? 1.1 : CX;
      this.centroids = new RBTree(compare_centroid_means);
      this.nreset = 0;
      this.reset();
    }
    TDigest.prototype.reset = function() {
      this.centroids.clear();
      this.n = 0;
      this.nreset += 1;
      this.last_cumulate = 0;
    };
    TDigest.prototype.size = function() {
      return this.centroids.size;
    };
    TDigest.prototype.toArray = function(everything) {
      var result = [];
      if (everything) {
        this._cumulate(true);
        this.centroids.each(function(c) {
          result.push(c);
        });
      } else {
        this.centroids.each(function(c) {
          result.push({ mean: c.mean, n: c.n });
        });
      }
      return result;
    };
    TDigest.prototype.summary = function() {
      var approx = this.discrete ? "exact " : "approximating ";
      var s = [
        approx + this.n + " samples using " + this.size() + " centroids",
        "min = " + this.percentile(0),
        "Q1  = " + this.percentile(0.25),
        "Q2  = " + this.percentile(0.5),
        "Q3  = " + this.percentile(0.75),
        "max = " + this.percentile(1)
      ];
      return s.join("\n");
    };
    function compare_centroid_means(a, b) {
      return a.mean > b.mean ? 1 : a.mean < b.mean ? -1 : 0;
    }
    function compare_centroid_mean_cumns(a, b) {
      return a.mean_cumn - b.mean_cumn;
    }
    TDigest.prototype.push = function(x, n2) {
      n2 = n2 || 1;
      x = Array.isArray(x) ? x : [x];
      for (var i = 0; i < x.length; i++) {
        this._digest(x[i], n2);
      }
    };
    TDigest.prototype.push_centroid = function(c) {
      c = Array.isArray(c) ? c : [c];
      for (var i = 0; i < c.length; i++) {
        this._digest(c[i].mean, c[i].n);
      }
    };
    TDigest.prototype._cumulate = function(exact) {
      if (this.n === this.last_cumulate || !exact && this.CX && this.CX > this.n / this.last_cumulate) {
        return;
      }
      var cumn = 0;
      this.centroids.each(function(c) {
        c.mean_cumn = cumn + c.n / 2;
        cumn = c.cumn = cumn + c.n;
      });
      this.n = this.last_cumulate = cumn;
    };
    TDigest.prototype.find_nearest = function(x) {
      if (this.size() === 0) {
        return null;
      }
      var iter = this.centroids.lowerBound({ mean: x });
      var c = iter.data() === null ? iter.prev() : iter.data();
      if (c.mean === x || this.discrete) {
        return c;
      }
      var prev = iter.prev();
      if (prev && Math.abs(prev.mean - x) < Math.abs(c.mean - x)) {
        return prev;
      } else {
        return c;
      }
    };
    TDigest.prototype._new_centroid = function(x, n2, cumn) {
      var c = { mean: x, n: n2, cumn };
      this.centroids.insert(c);
      this.n += n2;
      return c;
    };
    TDigest.prototype._addweight = function(nearest, x, n2) {
      if (x !== nearest.mean) {
        nearest.mean += n2 * (x - nearest.mean) / (nearest.n + n2);
      }
      nearest.cumn += n2;
      nearest.mean_cumn += n2 / 2;
      nearest.n += n2;
      this.n += n2;
    };
    TDigest.prototype._digest = function(x, n2) {
      var min = this.centroids.min();
      var max = this.centroids.max();
      var nearest = this.find_nearest(x);
      if (nearest && nearest.mean === x) {
        this._addweight(nearest, x, n2);
      } else if (nearest === min) {
        this._new_centroid(x, n2, 0);
      } else if (nearest === max) {
        this._new_centroid(x, n2, this.n);
      } else if (this.discrete) {
        this._new_centroid(x, n2, nearest.cumn);
      } else {
        var p = nearest.mean_cumn / this.n;
        var max_n = Math.floor(4 * this.n * this.delta * p * (1 - p));
        if (max_n - nearest.n >= n2) {
          this._addweight(nearest, x, n2);
        } else {
          this._new_centroid(x, n2, nearest.cumn);
        }
      }
      this._cumulate(false);
      if (!this.discrete && this.K && this.size() > this.K / this.delta) {
        this.compress();
      }
    };
    TDigest.prototype.bound_mean = function(x) {
      var iter = this.centroids.upperBound({ mean: x });
      var lower = iter.prev();
      var upper = lower.mean === x ? lower : iter.next();
      return [lower, upper];
    };
    TDigest.prototype.p_rank = function(x_or_xlist) {
      var xs = Array.isArray(x_or_xlist) ? x_or_xlist : [x_or_xlist];
      var ps = xs.map(this._p_rank, this);
      return Array.isArray(x_or_xlist) ? ps : ps[0];
    };
    TDigest.prototype._p_rank = function(x) {
      if (this.size() === 0) {
        return void 0;
      } else if (x < this.centroids.min().mean) {
        return 0;
      } else if (x > this.centroids.max().mean) {
        return 1;
      }
      this._cumulate(true);
      var bound = this.bound_mean(x);
      var lower = bound[0], upper = bound[1];
      if (this.discrete) {
        return lower.cumn / this.n;
      } else {
        var cumn = lower.mean_cumn;
        if (lower !== upper) {
          cumn += (x - lower.mean) * (upper.mean_cumn - lower.mean_cumn) / (upper.mean - lower.mean);
        }
        return cumn / this.n;
      }
    };
    TDigest.prototype.bound_mean_cumn = function(cumn) {
      this.centroids._comparator = compare_centroid_mean_cumns;
      var iter = this.centroids.upperBound({ mean_cumn: cumn });
      this.centroids._comparator = compare_centroid_means;
      var lower = iter.prev();
      var upper = lower && lower.mean_cumn === cumn ? lower : iter.next();
      return [lower, upper];
    };
    TDigest.prototype.percentile = function(p_or_plist) {
      var ps = Array.isArray(p_or_plist) ? p_or_plist : [p_or_plist];
      var qs = ps.map(this._percentile, this);
      return Array.isArray(p_or_plist) ? qs : qs[0];
    };
    TDigest.prototype._percentile = function(p) {
      if (this.size() === 0) {
        return void 0;
      }
      this._cumulate(true);
      var h = this.n * p;
      var bound = this.bound_mean_cumn(h);
      var lower = bound[0], upper = bound[1];
      if (upper === lower || lower === null || upper === null) {
        return (lower || upper).mean;
      } else if (!this.discrete) {
        return lower.mean + (h - lower.mean_cumn) * (upper.mean - lower.mean) / (upper.mean_cumn - lower.mean_cumn);
      } else if (h <= lower.cumn) {
        return lower.mean;
      } else {
        return upper.mean;
      }
    };
    function pop_random(choices) {
      var idx = Math.floor(Math.random() * choices.length);
      return choices.splice(idx, 1)[0];
    }
    TDigest.prototype.compress = function() {
      if (this.compressing) {
        return;
      }
      var points = this.toArray();
      this.reset();
      this.compressing = true;
      while (points.length > 0) {
        this.push_centroid(pop_random(points));
      }
      this._cumulate(true);
      this.compressing = false;
    };
    function Digest(config) {
      this.config = config || {};
      this.mode = this.config.mode || "auto";
      TDigest.call(this, this.mode === "cont" ? config.delta : false);
      this.digest_ratio = this.config.ratio || 0.9;
      this.digest_thresh = this.config.thresh || 1e3;
      this.n_unique = 0;
    }
    Digest.prototype = Object.create(TDigest.prototype);
    Digest.prototype.constructor = Digest;
    Digest.prototype.push = function(x_or_xlist) {
      TDigest.prototype.push.call(this, x_or_xlist);
      this.check_continuous();
    };
    Digest.prototype._new_centroid = function(x, n2, cumn) {
      this.n_unique += 1;
      TDigest.prototype._new_centroid.call(this, x, n2, cumn);
    };
    Digest.prototype._addweight = function(nearest, x, n2) {
      if (nearest.n === 1) {
        this.n_unique -= 1;
      }
      TDigest.prototype._addweight.call(this, nearest, x, n2);
    };
    Digest.prototype.check_continuous = function() {
      if (this.mode !== "auto" || this.size() < this.digest_thresh) {
        return false;
      }
      if (this.n_unique / this.size() > this.digest_ratio) {
        this.mode = "cont";
        this.discrete = false;
        this.delta = this.config.delta || 0.01;
        this.compress();
        return true;
      }
      return false;
    };
    module.exports = {
      "TDigest": TDigest,
      "Digest": Digest
    };
  }
});

// node_modules/prom-client/lib/timeWindowQuantiles.js
var require_timeWindowQuantiles = __commonJS({
  "node_modules/prom-client/lib/timeWindowQuantiles.js"(exports, module) {
    "use strict";
    var { TDigest } = require_tdigest();
    var TimeWindowQuantiles = class {
      constructor(maxAgeSeconds, ageBuckets) {
        this.maxAgeSeconds = maxAgeSeconds || 0;
        this.ageBuckets = ageBuckets || 0;
        this.shouldRotate = maxAgeSeconds && ageBuckets;
        this.ringBuffer = Array(ageBuckets).fill(new TDigest());
        this.currentBuffer = 0;
        this.lastRotateTimestampMillis = Date.now();
        this.durationBetweenRotatesMillis = maxAgeSeconds * 1e3 / ageBuckets || Infinity;
      }
      size() {
        const bucket = rotate.call(this);
        return bucket.size();
      }
      percentile(quantile) {
        const bucket = rotate.call(this);
        return bucket.percentile(quantile);
      }
      push(value) {
        rotate.call(this);
        this.ringBuffer.forEach((bucket) => {
          bucket.push(value);
        });
      }
      reset() {
        this.ringBuffer.forEach((bucket) => {
          bucket.reset();
        });
      }
      compress() {
        this.ringBuffer.forEach((bucket) => {
          bucket.compress();
        });
      }
    };
    function rotate() {
      let timeSinceLastRotateMillis = Date.now() - this.lastRotateTimestampMillis;
      while (timeSinceLastRotateMillis > this.durationBetweenRotatesMillis && this.shouldRotate) {
        this.ringBuffer[this.currentBuffer] = new TDigest();
        if (++this.currentBuffer >= this.ringBuffer.length) {
          this.currentBuffer = 0;
        }
        timeSinceLastRotateMillis -= this.durationBetweenRotatesMillis;
        this.lastRotateTimestampMillis += this.durationBetweenRotatesMillis;
      }
      return this.ringBuffer[this.currentBuffer];
    }
    module.exports = TimeWindowQuantiles;
  }
});

// node_modules/prom-client/lib/summary.js
var require_summary = __commonJS({
  "node_modules/prom-client/lib/summary.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var { getLabels, hashObject, removeLabels } = require_util();
    var { validateLabel } = require_validation();
    var { Metric } = require_metric();
    var timeWindowQuantiles = require_timeWindowQuantiles();
    var DEFAULT_COMPRESS_COUNT = 1e3;
    var Summary = class extends Metric {
      constructor(config) {
        super(config, {
          percentiles: [0.01, 0.05, 0.5, 0.9, 0.95, 0.99, 0.999],
          compressCount: DEFAULT_COMPRESS_COUNT,
          hashMap: {}
        });
        this.type = "summary";
        for (const label of this.labelNames) {
          if (label === "quantile")
            throw new Error("quantile is a reserved label keyword");
        }
        if (this.labelNames.length === 0) {
          this.hashMap = {
            [hashObject({})]: {
              labels: {},
              td: new timeWindowQuantiles(this.maxAgeSeconds, this.ageBuckets),
              count: 0,
              sum: 0
            }
          };
        }
      }
      /**
       * Observe a value
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @param {Number} value - Value to observe
       * @returns {void}
       */
      observe(labels, value) {
        observe.call(this, labels === 0 ? 0 : labels || {})(value);
      }
      async get() {
        if (this.collect) {
          const v = this.collect();
          if (v instanceof Promise) await v;
        }
        const hashKeys = Object.keys(this.hashMap);
        const values = [];
        hashKeys.forEach((hashKey) => {
          const s = this.hashMap[hashKey];
          if (s) {
            if (this.pruneAgedBuckets && s.td.size() === 0) {
              delete this.hashMap[hashKey];
            } else {
              extractSummariesForExport(s, this.percentiles).forEach((v) => {
                values.push(v);
              });
              values.push(getSumForExport(s, this));
              values.push(getCountForExport(s, this));
            }
          }
        });
        return {
          name: this.name,
          help: this.help,
          type: this.type,
          values,
          aggregator: this.aggregator
        };
      }
      reset() {
        const data = Object.values(this.hashMap);
        data.forEach((s) => {
          s.td.reset();
          s.count = 0;
          s.sum = 0;
        });
      }
      /**
       * Start a timer that could be used to logging durations
       * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
       * @returns {function} - Function to invoke when you want to stop the timer and observe the duration in seconds
       * @example
       * var end = summary.startTimer();
       * makeExpensiveXHRRequest(function(err, res) {
       *	end(); //Observe the duration of expensiveXHRRequest
       * });
       */
      startTimer(labels) {
        return startTimer.call(this, labels)();
      }
      labels(...args) {
        const labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels);
        return {
          observe: observe.call(this, labels),
          startTimer: startTimer.call(this, labels)
        };
      }
      remove(...args) {
        const labels = getLabels(this.labelNames, args);
        validateLabel(this.labelNames, labels);
        removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
      }
    };
    function extractSummariesForExport(summaryOfLabels, percentiles) {
      summaryOfLabels.td.compress();
      return percentiles.map((percentile) => {
        const percentileValue = summaryOfLabels.td.percentile(percentile);
        return {
          labels: Object.assign({ quantile: percentile }, summaryOfLabels.labels),
          value: percentileValue ? percentileValue : 0
        };
      });
    }
    function getCountForExport(value, summary) {
      return {
        metricName: `${summary.name}_count`,
        labels: value.labels,
        value: value.count
      };
    }
    function getSumForExport(value, summary) {
      return {
        metricName: `${summary.name}_sum`,
        labels: value.labels,
        value: value.sum
      };
    }
    function startTimer(startLabels) {
      return () => {
        const start = process.hrtime();
        return (endLabels) => {
          const delta = process.hrtime(start);
          const value = delta[0] + delta[1] / 1e9;
          this.observe(Object.assign({}, startLabels, endLabels), value);
          return value;
        };
      };
    }
    function observe(labels) {
      return (value) => {
        const labelValuePair = convertLabelsAndValues(labels, value);
        validateLabel(this.labelNames, labels);
        if (!Number.isFinite(labelValuePair.value)) {
          throw new TypeError(
            `Value is not a valid number: ${util.format(labelValuePair.value)}`
          );
        }
        const hash = hashObject(labelValuePair.labels, this.sortedLabelNames);
        let summaryOfLabel = this.hashMap[hash];
        if (!summaryOfLabel) {
          summaryOfLabel = {
            labels: labelValuePair.labels,
            td: new timeWindowQuantiles(this.maxAgeSeconds, this.ageBuckets),
            count: 0,
            sum: 0
          };
        }
        summaryOfLabel.td.push(labelValuePair.value);
        summaryOfLabel.count++;
        if (summaryOfLabel.count % this.compressCount === 0) {
          summaryOfLabel.td.compress();
        }
        summaryOfLabel.sum += labelValuePair.value;
        this.hashMap[hash] = summaryOfLabel;
      };
    }
    function convertLabelsAndValues(labels, value) {
      if (value === void 0) {
        return {
          value: labels,
          labels: {}
        };
      }
      return {
        labels,
        value
      };
    }
    module.exports = Summary;
  }
});

// node_modules/prom-client/lib/pushgateway.js
var require_pushgateway = __commonJS({
  "node_modules/prom-client/lib/pushgateway.js"(exports, module) {
    "use strict";
    var url = __require("url");
    var http = __require("http");
    var https = __require("https");
    var { gzipSync } = __require("zlib");
    var { globalRegistry } = require_registry();
    var Pushgateway = class {
      constructor(gatewayUrl, options, registry) {
        if (!registry) {
          registry = globalRegistry;
        }
        this.registry = registry;
        this.gatewayUrl = gatewayUrl;
        const { requireJobName, ...requestOptions } = {
          requireJobName: true,
          ...options
        };
        this.requireJobName = requireJobName;
        this.requestOptions = requestOptions;
      }
      pushAdd(params = {}) {
        if (this.requireJobName && !params.jobName) {
          throw new Error("Missing jobName parameter");
        }
        return useGateway.call(this, "POST", params.jobName, params.groupings);
      }
      push(params = {}) {
        if (this.requireJobName && !params.jobName) {
          throw new Error("Missing jobName parameter");
        }
        return useGateway.call(this, "PUT", params.jobName, params.groupings);
      }
      delete(params = {}) {
        if (this.requireJobName && !params.jobName) {
          throw new Error("Missing jobName parameter");
        }
        return useGateway.call(this, "DELETE", params.jobName, params.groupings);
      }
    };
    async function useGateway(method, job, groupings) {
      const gatewayUrlParsed = url.parse(this.gatewayUrl);
      const gatewayUrlPath = gatewayUrlParsed.pathname && gatewayUrlParsed.pathname !== "/" ? gatewayUrlParsed.pathname : "";
      const jobPath = job ? `/job/${encodeURIComponent(job)}${generateGroupings(groupings)}` : "";
      const path = `${gatewayUrlPath}/metrics${jobPath}`;
      const target = url.resolve(this.gatewayUrl, path);
      const requestParams = url.parse(target);
      const httpModule = isHttps(requestParams.href) ? https : http;
      const options = Object.assign(requestParams, this.requestOptions, {
        method
      });
      return new Promise((resolve, reject) => {
        if (method === "DELETE" && options.headers) {
          delete options.headers["Content-Encoding"];
        }
        const req = httpModule.request(options, (resp) => {
          let body = "";
          resp.setEncoding("utf8");
          resp.on("data", (chunk) => {
            body += chunk;
          });
          resp.on("end", () => {
            if (resp.statusCode >= 400) {
              reject(
                new Error(`push failed with status ${resp.statusCode}, ${body}`)
              );
            } else {
              resolve({ resp, body });
            }
          });
        });
        req.on("error", (err) => {
          reject(err);
        });
        req.on("timeout", () => {
          req.destroy(new Error("Pushgateway request timed out"));
        });
        if (method !== "DELETE") {
          this.registry.metrics().then((metrics) => {
            if (options.headers && options.headers["Content-Encoding"] === "gzip") {
              metrics = gzipSync(metrics);
            }
            req.write(metrics);
            req.end();
          }).catch((err) => {
            reject(err);
          });
        } else {
          req.end();
        }
      });
    }
    function generateGroupings(groupings) {
      if (!groupings) {
        return "";
      }
      return Object.keys(groupings).map(
        (key) => `/${encodeURIComponent(key)}/${encodeURIComponent(groupings[key])}`
      ).join("");
    }
    function isHttps(href) {
      return href.search(/^https/) !== -1;
    }
    module.exports = Pushgateway;
  }
});

// node_modules/prom-client/lib/bucketGenerators.js
var require_bucketGenerators = __commonJS({
  "node_modules/prom-client/lib/bucketGenerators.js"(exports) {
    "use strict";
    exports.linearBuckets = (start, width, count) => {
      if (count < 1) {
        throw new Error("Linear buckets needs a positive count");
      }
      const buckets = new Array(count);
      for (let i = 0; i < count; i++) {
        buckets[i] = start + i * width;
      }
      return buckets;
    };
    exports.exponentialBuckets = (start, factor, count) => {
      if (start <= 0) {
        throw new Error("Exponential buckets needs a positive start");
      }
      if (count < 1) {
        throw new Error("Exponential buckets needs a positive count");
      }
      if (factor <= 1) {
        throw new Error("Exponential buckets needs a factor greater than 1");
      }
      const buckets = new Array(count);
      for (let i = 0; i < count; i++) {
        buckets[i] = start;
        start *= factor;
      }
      return buckets;
    };
  }
});

// node_modules/@opentelemetry/api/dist/diag/types.cjs
var require_types = __commonJS({
  "node_modules/@opentelemetry/api/dist/diag/types.cjs"(exports) {
    var DiagLogLevel = /* @__PURE__ */ (function(DiagLogLevel2) {
      DiagLogLevel2[DiagLogLevel2["NONE"] = 0] = "NONE";
      DiagLogLevel2[DiagLogLevel2["ERROR"] = 30] = "ERROR";
      DiagLogLevel2[DiagLogLevel2["WARN"] = 50] = "WARN";
      DiagLogLevel2[DiagLogLevel2["INFO"] = 60] = "INFO";
      DiagLogLevel2[DiagLogLevel2["DEBUG"] = 70] = "DEBUG";
      DiagLogLevel2[DiagLogLevel2["VERBOSE"] = 80] = "VERBOSE";
      DiagLogLevel2[DiagLogLevel2["ALL"] = 9999] = "ALL";
      return DiagLogLevel2;
    })({});
    exports.DiagLogLevel = DiagLogLevel;
  }
});

// node_modules/@opentelemetry/api/dist/version.cjs
var require_version = __commonJS({
  "node_modules/@opentelemetry/api/dist/version.cjs"(exports) {
    var VERSION = "1.10.0";
    exports.VERSION = VERSION;
  }
});

// node_modules/@opentelemetry/api/dist/internal/semver.cjs
var require_semver = __commonJS({
  "node_modules/@opentelemetry/api/dist/internal/semver.cjs"(exports) {
    var require_version3 = require_version();
    var re = /^(\d+)\.(\d+)\.(\d+)(-(.+))?$/;
    function _makeCompatibilityCheck(ownVersion) {
      const acceptedVersions = /* @__PURE__ */ new Set([ownVersion]);
      const rejectedVersions = /* @__PURE__ */ new Set();
      const myVersionMatch = ownVersion.match(re);
      if (!myVersionMatch) return () => false;
      const ownVersionParsed = {
        major: +myVersionMatch[1],
        minor: +myVersionMatch[2],
        patch: +myVersionMatch[3],
        prerelease: myVersionMatch[4]
      };
      if (ownVersionParsed.prerelease != null) return function isExactmatch(globalVersion) {
        return globalVersion === ownVersion;
      };
      function _reject(v) {
        rejectedVersions.add(v);
        return false;
      }
      function _accept(v) {
        acceptedVersions.add(v);
        return true;
      }
      return function isCompatible2(globalVersion) {
        if (acceptedVersions.has(globalVersion)) return true;
        if (rejectedVersions.has(globalVersion)) return false;
        const globalVersionMatch = globalVersion.match(re);
        if (!globalVersionMatch) return _reject(globalVersion);
        const globalVersionParsed = {
          major: +globalVersionMatch[1],
          minor: +globalVersionMatch[2],
          patch: +globalVersionMatch[3],
          prerelease: globalVersionMatch[4]
        };
        if (globalVersionParsed.prerelease != null) return _reject(globalVersion);
        if (ownVersionParsed.major !== globalVersionParsed.major) return _reject(globalVersion);
        if (ownVersionParsed.major === 0) {
          if (ownVersionParsed.minor === globalVersionParsed.minor && ownVersionParsed.patch <= globalVersionParsed.patch) return _accept(globalVersion);
          return _reject(globalVersion);
        }
        if (ownVersionParsed.minor <= globalVersionParsed.minor) return _accept(globalVersion);
        return _reject(globalVersion);
      };
    }
    var isCompatible = _makeCompatibilityCheck(require_version3.VERSION);
    exports._makeCompatibilityCheck = _makeCompatibilityCheck;
    exports.isCompatible = isCompatible;
  }
});

// node_modules/@opentelemetry/api/dist/internal/global-utils.cjs
var require_global_utils = __commonJS({
  "node_modules/@opentelemetry/api/dist/internal/global-utils.cjs"(exports) {
    var require_version3 = require_version();
    var require_semver2 = require_semver();
    var major = require_version3.VERSION.split(".")[0];
    var GLOBAL_OPENTELEMETRY_API_KEY = /* @__PURE__ */ Symbol.for(`opentelemetry.js.api.${major}`);
    var _global = typeof globalThis === "object" ? globalThis : typeof self === "object" ? self : typeof window === "object" ? window : typeof global === "object" ? global : {};
    function _makeGlobalApi() {
      return Object.defineProperty({}, "version", {
        value: require_version3.VERSION,
        enumerable: true,
        writable: false,
        configurable: false
      });
    }
    function registerGlobal(type, instance, diag, allowOverride = false) {
      var _global$GLOBAL_OPENTE;
      const api = _global[GLOBAL_OPENTELEMETRY_API_KEY] = (_global$GLOBAL_OPENTE = _global[GLOBAL_OPENTELEMETRY_API_KEY]) !== null && _global$GLOBAL_OPENTE !== void 0 ? _global$GLOBAL_OPENTE : _makeGlobalApi();
      if (!allowOverride && api[type]) {
        const err = /* @__PURE__ */ new Error(`@opentelemetry/api: Attempted duplicate registration of API: ${type}`);
        diag.error(err.stack || err.message);
        return false;
      }
      if (api.version !== "1.10.0") {
        const err = /* @__PURE__ */ new Error(`@opentelemetry/api: Registration of version v${api.version} for ${type} does not match previously registered API v${require_version3.VERSION}`);
        diag.error(err.stack || err.message);
        return false;
      }
      api[type] = instance;
      diag.debug(`@opentelemetry/api: Registered a global for ${type} v${require_version3.VERSION}.`);
      return true;
    }
    var _compatibleGlobalApi;
    function getGlobal(type) {
      const api = _global[GLOBAL_OPENTELEMETRY_API_KEY];
      if (api == null) return;
      if (api !== _compatibleGlobalApi) {
        if (!api.version || !require_semver2.isCompatible(api.version)) return;
        _compatibleGlobalApi = api;
      }
      return api[type];
    }
    function unregisterGlobal(type, diag) {
      diag.debug(`@opentelemetry/api: Unregistering a global for ${type} v${require_version3.VERSION}.`);
      const api = _global[GLOBAL_OPENTELEMETRY_API_KEY];
      if (api) delete api[type];
    }
    exports.getGlobal = getGlobal;
    exports.registerGlobal = registerGlobal;
    exports.unregisterGlobal = unregisterGlobal;
  }
});

// node_modules/@opentelemetry/api/dist/diag/ComponentLogger.cjs
var require_ComponentLogger = __commonJS({
  "node_modules/@opentelemetry/api/dist/diag/ComponentLogger.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var DiagComponentLogger = class {
      constructor(props) {
        this._namespace = props.namespace || "DiagComponentLogger";
      }
      debug(...args) {
        return logProxy("debug", this._namespace, args);
      }
      error(...args) {
        return logProxy("error", this._namespace, args);
      }
      info(...args) {
        return logProxy("info", this._namespace, args);
      }
      warn(...args) {
        return logProxy("warn", this._namespace, args);
      }
      verbose(...args) {
        return logProxy("verbose", this._namespace, args);
      }
    };
    function logProxy(funcName, namespace, args) {
      const logger = require_global_utils2.getGlobal("diag");
      if (!logger) return;
      return logger[funcName](namespace, ...args);
    }
    exports.DiagComponentLogger = DiagComponentLogger;
  }
});

// node_modules/@opentelemetry/api/dist/diag/internal/logLevelLogger.cjs
var require_logLevelLogger = __commonJS({
  "node_modules/@opentelemetry/api/dist/diag/internal/logLevelLogger.cjs"(exports) {
    require_types();
    function createLogLevelDiagLogger(maxLevel, logger) {
      if (maxLevel < 0) maxLevel = 0;
      else if (maxLevel > 9999) maxLevel = 9999;
      logger = logger || {};
      function _filterFunc(funcName, theLevel) {
        const theFunc = logger[funcName];
        if (typeof theFunc === "function" && maxLevel >= theLevel) return theFunc.bind(logger);
        return function() {
        };
      }
      return {
        error: _filterFunc("error", 30),
        warn: _filterFunc("warn", 50),
        info: _filterFunc("info", 60),
        debug: _filterFunc("debug", 70),
        verbose: _filterFunc("verbose", 80)
      };
    }
    exports.createLogLevelDiagLogger = createLogLevelDiagLogger;
  }
});

// node_modules/@opentelemetry/api/dist/api/diag.cjs
var require_diag = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/diag.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var require_ComponentLogger2 = require_ComponentLogger();
    require_types();
    var require_logLevelLogger2 = require_logLevelLogger();
    var API_NAME = "diag";
    var DiagAPI = class DiagAPI2 {
      /** Get the singleton instance of the DiagAPI API */
      static instance() {
        if (!this._instance) this._instance = new DiagAPI2();
        return this._instance;
      }
      /**
      * Private internal constructor
      * @private
      */
      constructor() {
        function _logProxy(funcName) {
          return function(...args) {
            const logger = require_global_utils2.getGlobal("diag");
            if (!logger) return;
            return logger[funcName](...args);
          };
        }
        const self2 = this;
        const setLogger = (logger, optionsOrLogLevel = { logLevel: 60 }) => {
          var _optionsOrLogLevel$lo;
          if (logger === self2) {
            var _err$stack;
            const err = /* @__PURE__ */ new Error("Cannot use diag as the logger for itself. Please use a DiagLogger implementation like ConsoleDiagLogger or a custom implementation");
            self2.error((_err$stack = err.stack) !== null && _err$stack !== void 0 ? _err$stack : err.message);
            return false;
          }
          if (typeof optionsOrLogLevel === "number") optionsOrLogLevel = { logLevel: optionsOrLogLevel };
          const oldLogger = require_global_utils2.getGlobal("diag");
          const newLogger = require_logLevelLogger2.createLogLevelDiagLogger((_optionsOrLogLevel$lo = optionsOrLogLevel.logLevel) !== null && _optionsOrLogLevel$lo !== void 0 ? _optionsOrLogLevel$lo : 60, logger);
          if (oldLogger && !optionsOrLogLevel.suppressOverrideMessage) {
            var _Error$stack;
            const stack = (_Error$stack = (/* @__PURE__ */ new Error()).stack) !== null && _Error$stack !== void 0 ? _Error$stack : "<failed to generate stacktrace>";
            oldLogger.warn(`Current logger will be overwritten from ${stack}`);
            newLogger.warn(`Current logger will overwrite one already registered from ${stack}`);
          }
          return require_global_utils2.registerGlobal("diag", newLogger, self2, true);
        };
        self2.setLogger = setLogger;
        self2.disable = () => {
          require_global_utils2.unregisterGlobal(API_NAME, self2);
        };
        self2.createComponentLogger = (options) => {
          return new require_ComponentLogger2.DiagComponentLogger(options);
        };
        self2.verbose = _logProxy("verbose");
        self2.debug = _logProxy("debug");
        self2.info = _logProxy("info");
        self2.warn = _logProxy("warn");
        self2.error = _logProxy("error");
      }
    };
    exports.DiagAPI = DiagAPI;
  }
});

// node_modules/@opentelemetry/api/dist/baggage/internal/baggage-impl.cjs
var require_baggage_impl = __commonJS({
  "node_modules/@opentelemetry/api/dist/baggage/internal/baggage-impl.cjs"(exports) {
    var BaggageImpl = class BaggageImpl2 {
      constructor(entries2) {
        this._entries = entries2 ? new Map(entries2) : /* @__PURE__ */ new Map();
      }
      getEntry(key) {
        const entry = this._entries.get(key);
        if (!entry) return;
        return Object.assign({}, entry);
      }
      getAllEntries() {
        return Array.from(this._entries.entries());
      }
      setEntry(key, entry) {
        const newBaggage = new BaggageImpl2(this._entries);
        newBaggage._entries.set(key, entry);
        return newBaggage;
      }
      removeEntry(key) {
        const newBaggage = new BaggageImpl2(this._entries);
        newBaggage._entries.delete(key);
        return newBaggage;
      }
      removeEntries(...keys) {
        const newBaggage = new BaggageImpl2(this._entries);
        for (const key of keys) newBaggage._entries.delete(key);
        return newBaggage;
      }
      clear() {
        return new BaggageImpl2();
      }
    };
    exports.BaggageImpl = BaggageImpl;
  }
});

// node_modules/@opentelemetry/api/dist/baggage/internal/symbol.cjs
var require_symbol = __commonJS({
  "node_modules/@opentelemetry/api/dist/baggage/internal/symbol.cjs"(exports) {
    var baggageEntryMetadataSymbol = /* @__PURE__ */ Symbol("BaggageEntryMetadata");
    exports.baggageEntryMetadataSymbol = baggageEntryMetadataSymbol;
  }
});

// node_modules/@opentelemetry/api/dist/baggage/utils.cjs
var require_utils = __commonJS({
  "node_modules/@opentelemetry/api/dist/baggage/utils.cjs"(exports) {
    var require_diag2 = require_diag();
    var require_baggage_impl2 = require_baggage_impl();
    var require_symbol2 = require_symbol();
    var diag = require_diag2.DiagAPI.instance();
    function createBaggage(entries2 = {}) {
      return new require_baggage_impl2.BaggageImpl(new Map(Object.entries(entries2)));
    }
    function baggageEntryMetadataFromString(str2) {
      if (typeof str2 !== "string") {
        diag.error(`Cannot create baggage metadata from unknown type: ${typeof str2}`);
        str2 = "";
      }
      return {
        __TYPE__: require_symbol2.baggageEntryMetadataSymbol,
        toString() {
          return str2;
        }
      };
    }
    exports.baggageEntryMetadataFromString = baggageEntryMetadataFromString;
    exports.createBaggage = createBaggage;
  }
});

// node_modules/@opentelemetry/api/dist/context/context.cjs
var require_context = __commonJS({
  "node_modules/@opentelemetry/api/dist/context/context.cjs"(exports) {
    function createContextKey(description) {
      return Symbol.for(description);
    }
    var ROOT_CONTEXT = new class BaseContext {
      /**
      * Construct a new context which inherits values from an optional parent context.
      *
      * @param parentContext a context from which to inherit values
      */
      constructor(parentContext) {
        const self2 = this;
        self2._currentContext = parentContext ? new Map(parentContext) : /* @__PURE__ */ new Map();
        self2.getValue = (key) => self2._currentContext.get(key);
        self2.setValue = (key, value) => {
          const context = new BaseContext(self2._currentContext);
          context._currentContext.set(key, value);
          return context;
        };
        self2.deleteValue = (key) => {
          const context = new BaseContext(self2._currentContext);
          context._currentContext.delete(key);
          return context;
        };
      }
    }();
    exports.ROOT_CONTEXT = ROOT_CONTEXT;
    exports.createContextKey = createContextKey;
  }
});

// node_modules/@opentelemetry/api/dist/diag/consoleLogger.cjs
var require_consoleLogger = __commonJS({
  "node_modules/@opentelemetry/api/dist/diag/consoleLogger.cjs"(exports) {
    var consoleMap = [
      {
        n: "error",
        c: "error"
      },
      {
        n: "warn",
        c: "warn"
      },
      {
        n: "info",
        c: "info"
      },
      {
        n: "debug",
        c: "debug"
      },
      {
        n: "verbose",
        c: "trace"
      }
    ];
    var _originalConsoleMethods = {};
    if (typeof console !== "undefined") {
      for (const key of [
        "error",
        "warn",
        "info",
        "debug",
        "trace",
        "log"
      ]) if (typeof console[key] === "function") _originalConsoleMethods[key] = console[key];
    }
    var DiagConsoleLogger = class {
      constructor() {
        function _consoleFunc(funcName) {
          return function(...args) {
            let theFunc = _originalConsoleMethods[funcName];
            if (typeof theFunc !== "function") theFunc = _originalConsoleMethods["log"];
            if (typeof theFunc !== "function" && console) {
              theFunc = console[funcName];
              if (typeof theFunc !== "function") theFunc = console.log;
            }
            if (typeof theFunc === "function") return theFunc.apply(console, args);
          };
        }
        for (let i = 0; i < consoleMap.length; i++) this[consoleMap[i].n] = _consoleFunc(consoleMap[i].c);
      }
    };
    exports.DiagConsoleLogger = DiagConsoleLogger;
    exports._originalConsoleMethods = _originalConsoleMethods;
  }
});

// node_modules/@opentelemetry/api/dist/metrics/NoopMeter.cjs
var require_NoopMeter = __commonJS({
  "node_modules/@opentelemetry/api/dist/metrics/NoopMeter.cjs"(exports) {
    var NoopMeter = class {
      constructor() {
      }
      /**
      * @see {@link Meter.createGauge}
      */
      createGauge(_name, _options) {
        return NOOP_GAUGE_METRIC;
      }
      /**
      * @see {@link Meter.createHistogram}
      */
      createHistogram(_name, _options) {
        return NOOP_HISTOGRAM_METRIC;
      }
      /**
      * @see {@link Meter.createCounter}
      */
      createCounter(_name, _options) {
        return NOOP_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.createUpDownCounter}
      */
      createUpDownCounter(_name, _options) {
        return NOOP_UP_DOWN_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.createObservableGauge}
      */
      createObservableGauge(_name, _options) {
        return NOOP_OBSERVABLE_GAUGE_METRIC;
      }
      /**
      * @see {@link Meter.createObservableCounter}
      */
      createObservableCounter(_name, _options) {
        return NOOP_OBSERVABLE_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.createObservableUpDownCounter}
      */
      createObservableUpDownCounter(_name, _options) {
        return NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC;
      }
      /**
      * @see {@link Meter.addBatchObservableCallback}
      */
      addBatchObservableCallback(_callback, _observables) {
      }
      /**
      * @see {@link Meter.removeBatchObservableCallback}
      */
      removeBatchObservableCallback(_callback) {
      }
    };
    var NoopMetric = class {
    };
    var NoopCounterMetric = class extends NoopMetric {
      add(_value, _attributes) {
      }
    };
    var NoopUpDownCounterMetric = class extends NoopMetric {
      add(_value, _attributes) {
      }
    };
    var NoopGaugeMetric = class extends NoopMetric {
      record(_value, _attributes) {
      }
    };
    var NoopHistogramMetric = class extends NoopMetric {
      record(_value, _attributes) {
      }
    };
    var NoopObservableMetric = class {
      addCallback(_callback) {
      }
      removeCallback(_callback) {
      }
    };
    var NoopObservableCounterMetric = class extends NoopObservableMetric {
    };
    var NoopObservableGaugeMetric = class extends NoopObservableMetric {
    };
    var NoopObservableUpDownCounterMetric = class extends NoopObservableMetric {
    };
    var NOOP_METER = new NoopMeter();
    var NOOP_COUNTER_METRIC = new NoopCounterMetric();
    var NOOP_GAUGE_METRIC = new NoopGaugeMetric();
    var NOOP_HISTOGRAM_METRIC = new NoopHistogramMetric();
    var NOOP_UP_DOWN_COUNTER_METRIC = new NoopUpDownCounterMetric();
    var NOOP_OBSERVABLE_COUNTER_METRIC = new NoopObservableCounterMetric();
    var NOOP_OBSERVABLE_GAUGE_METRIC = new NoopObservableGaugeMetric();
    var NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC = new NoopObservableUpDownCounterMetric();
    function createNoopMeter() {
      return NOOP_METER;
    }
    exports.NOOP_COUNTER_METRIC = NOOP_COUNTER_METRIC;
    exports.NOOP_GAUGE_METRIC = NOOP_GAUGE_METRIC;
    exports.NOOP_HISTOGRAM_METRIC = NOOP_HISTOGRAM_METRIC;
    exports.NOOP_METER = NOOP_METER;
    exports.NOOP_OBSERVABLE_COUNTER_METRIC = NOOP_OBSERVABLE_COUNTER_METRIC;
    exports.NOOP_OBSERVABLE_GAUGE_METRIC = NOOP_OBSERVABLE_GAUGE_METRIC;
    exports.NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC = NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC;
    exports.NOOP_UP_DOWN_COUNTER_METRIC = NOOP_UP_DOWN_COUNTER_METRIC;
    exports.NoopCounterMetric = NoopCounterMetric;
    exports.NoopGaugeMetric = NoopGaugeMetric;
    exports.NoopHistogramMetric = NoopHistogramMetric;
    exports.NoopMeter = NoopMeter;
    exports.NoopMetric = NoopMetric;
    exports.NoopObservableCounterMetric = NoopObservableCounterMetric;
    exports.NoopObservableGaugeMetric = NoopObservableGaugeMetric;
    exports.NoopObservableMetric = NoopObservableMetric;
    exports.NoopObservableUpDownCounterMetric = NoopObservableUpDownCounterMetric;
    exports.NoopUpDownCounterMetric = NoopUpDownCounterMetric;
    exports.createNoopMeter = createNoopMeter;
  }
});

// node_modules/@opentelemetry/api/dist/metrics/Metric.cjs
var require_Metric = __commonJS({
  "node_modules/@opentelemetry/api/dist/metrics/Metric.cjs"(exports) {
    var ValueType = /* @__PURE__ */ (function(ValueType2) {
      ValueType2[ValueType2["INT"] = 0] = "INT";
      ValueType2[ValueType2["DOUBLE"] = 1] = "DOUBLE";
      return ValueType2;
    })({});
    exports.ValueType = ValueType;
  }
});

// node_modules/@opentelemetry/api/dist/logs/NoopLogger.cjs
var require_NoopLogger = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs/NoopLogger.cjs"(exports) {
    var NoopLogger = class {
      emit(_logRecord) {
      }
      enabled() {
        return false;
      }
    };
    var NOOP_LOGGER = new NoopLogger();
    function createNoopLogger() {
      return NOOP_LOGGER;
    }
    exports.NOOP_LOGGER = NOOP_LOGGER;
    exports.NoopLogger = NoopLogger;
    exports.createNoopLogger = createNoopLogger;
  }
});

// node_modules/@opentelemetry/api/dist/logs/LogRecord.cjs
var require_LogRecord = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs/LogRecord.cjs"(exports) {
    var SeverityNumber = /* @__PURE__ */ (function(SeverityNumber2) {
      SeverityNumber2[SeverityNumber2["UNSPECIFIED"] = 0] = "UNSPECIFIED";
      SeverityNumber2[SeverityNumber2["TRACE"] = 1] = "TRACE";
      SeverityNumber2[SeverityNumber2["TRACE2"] = 2] = "TRACE2";
      SeverityNumber2[SeverityNumber2["TRACE3"] = 3] = "TRACE3";
      SeverityNumber2[SeverityNumber2["TRACE4"] = 4] = "TRACE4";
      SeverityNumber2[SeverityNumber2["DEBUG"] = 5] = "DEBUG";
      SeverityNumber2[SeverityNumber2["DEBUG2"] = 6] = "DEBUG2";
      SeverityNumber2[SeverityNumber2["DEBUG3"] = 7] = "DEBUG3";
      SeverityNumber2[SeverityNumber2["DEBUG4"] = 8] = "DEBUG4";
      SeverityNumber2[SeverityNumber2["INFO"] = 9] = "INFO";
      SeverityNumber2[SeverityNumber2["INFO2"] = 10] = "INFO2";
      SeverityNumber2[SeverityNumber2["INFO3"] = 11] = "INFO3";
      SeverityNumber2[SeverityNumber2["INFO4"] = 12] = "INFO4";
      SeverityNumber2[SeverityNumber2["WARN"] = 13] = "WARN";
      SeverityNumber2[SeverityNumber2["WARN2"] = 14] = "WARN2";
      SeverityNumber2[SeverityNumber2["WARN3"] = 15] = "WARN3";
      SeverityNumber2[SeverityNumber2["WARN4"] = 16] = "WARN4";
      SeverityNumber2[SeverityNumber2["ERROR"] = 17] = "ERROR";
      SeverityNumber2[SeverityNumber2["ERROR2"] = 18] = "ERROR2";
      SeverityNumber2[SeverityNumber2["ERROR3"] = 19] = "ERROR3";
      SeverityNumber2[SeverityNumber2["ERROR4"] = 20] = "ERROR4";
      SeverityNumber2[SeverityNumber2["FATAL"] = 21] = "FATAL";
      SeverityNumber2[SeverityNumber2["FATAL2"] = 22] = "FATAL2";
      SeverityNumber2[SeverityNumber2["FATAL3"] = 23] = "FATAL3";
      SeverityNumber2[SeverityNumber2["FATAL4"] = 24] = "FATAL4";
      return SeverityNumber2;
    })({});
    exports.SeverityNumber = SeverityNumber;
  }
});

// node_modules/@opentelemetry/api/dist/propagation/TextMapPropagator.cjs
var require_TextMapPropagator = __commonJS({
  "node_modules/@opentelemetry/api/dist/propagation/TextMapPropagator.cjs"(exports) {
    var defaultTextMapGetter = {
      get(carrier, key) {
        if (carrier == null) return;
        return carrier[key];
      },
      keys(carrier) {
        if (carrier == null) return [];
        return Object.keys(carrier);
      }
    };
    var defaultTextMapSetter = { set(carrier, key, value) {
      if (carrier == null) return;
      carrier[key] = value;
    } };
    exports.defaultTextMapGetter = defaultTextMapGetter;
    exports.defaultTextMapSetter = defaultTextMapSetter;
  }
});

// node_modules/@opentelemetry/api/dist/trace/trace_flags.cjs
var require_trace_flags = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/trace_flags.cjs"(exports) {
    var TraceFlags = /* @__PURE__ */ (function(TraceFlags2) {
      TraceFlags2[TraceFlags2["NONE"] = 0] = "NONE";
      TraceFlags2[TraceFlags2["SAMPLED"] = 1] = "SAMPLED";
      return TraceFlags2;
    })({});
    exports.TraceFlags = TraceFlags;
  }
});

// node_modules/@opentelemetry/api/dist/trace/invalid-span-constants.cjs
var require_invalid_span_constants = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/invalid-span-constants.cjs"(exports) {
    require_trace_flags();
    var INVALID_SPANID = "0000000000000000";
    var INVALID_TRACEID = "00000000000000000000000000000000";
    var INVALID_SPAN_CONTEXT = {
      traceId: INVALID_TRACEID,
      spanId: INVALID_SPANID,
      traceFlags: 0
    };
    exports.INVALID_SPANID = INVALID_SPANID;
    exports.INVALID_SPAN_CONTEXT = INVALID_SPAN_CONTEXT;
    exports.INVALID_TRACEID = INVALID_TRACEID;
  }
});

// node_modules/@opentelemetry/api/dist/trace/NonRecordingSpan.cjs
var require_NonRecordingSpan = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/NonRecordingSpan.cjs"(exports) {
    var require_invalid_span_constants2 = require_invalid_span_constants();
    var NonRecordingSpan = class {
      constructor(spanContext = require_invalid_span_constants2.INVALID_SPAN_CONTEXT) {
        this._spanContext = spanContext;
      }
      spanContext() {
        return this._spanContext;
      }
      setAttribute(_key, _value) {
        return this;
      }
      setAttributes(_attributes) {
        return this;
      }
      addEvent(_name, _attributes) {
        return this;
      }
      addLink(_link) {
        return this;
      }
      addLinks(_links) {
        return this;
      }
      setStatus(_status) {
        return this;
      }
      updateName(_name) {
        return this;
      }
      end(_endTime) {
      }
      isRecording() {
        return false;
      }
      recordException(_exception, _time) {
      }
    };
    exports.NonRecordingSpan = NonRecordingSpan;
  }
});

// node_modules/@opentelemetry/api/dist/trace/spancontext-utils.cjs
var require_spancontext_utils = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/spancontext-utils.cjs"(exports) {
    require_invalid_span_constants();
    var require_NonRecordingSpan2 = require_NonRecordingSpan();
    var isHex = new Uint8Array([
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      1,
      1,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      1,
      1
    ]);
    function isValidHex(id, length) {
      if (typeof id !== "string" || id.length !== length) return false;
      let r = 0;
      for (let i = 0; i < id.length; i += 4) r += (isHex[id.charCodeAt(i)] | 0) + (isHex[id.charCodeAt(i + 1)] | 0) + (isHex[id.charCodeAt(i + 2)] | 0) + (isHex[id.charCodeAt(i + 3)] | 0);
      return r === length;
    }
    function isValidTraceId(traceId) {
      return isValidHex(traceId, 32) && traceId !== "00000000000000000000000000000000";
    }
    function isValidSpanId(spanId) {
      return isValidHex(spanId, 16) && spanId !== "0000000000000000";
    }
    function isSpanContextValid(spanContext) {
      return isValidTraceId(spanContext.traceId) && isValidSpanId(spanContext.spanId);
    }
    function wrapSpanContext(spanContext) {
      return new require_NonRecordingSpan2.NonRecordingSpan(spanContext);
    }
    exports.isSpanContextValid = isSpanContextValid;
    exports.isValidSpanId = isValidSpanId;
    exports.isValidTraceId = isValidTraceId;
    exports.wrapSpanContext = wrapSpanContext;
  }
});

// node_modules/@opentelemetry/api/dist/context/NoopContextManager.cjs
var require_NoopContextManager = __commonJS({
  "node_modules/@opentelemetry/api/dist/context/NoopContextManager.cjs"(exports) {
    var require_context3 = require_context();
    var NoopContextManager = class {
      active() {
        return require_context3.ROOT_CONTEXT;
      }
      with(_context, fn, thisArg, ...args) {
        return fn.call(thisArg, ...args);
      }
      bind(_context, target) {
        return target;
      }
      enable() {
        return this;
      }
      disable() {
        return this;
      }
      /** @experimental This API is experimental and may change in minor releases without prior notice. */
      attach(_context) {
        return { dispose() {
        } };
      }
    };
    exports.NoopContextManager = NoopContextManager;
  }
});

// node_modules/@opentelemetry/api/dist/api/context.cjs
var require_context2 = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/context.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var require_diag2 = require_diag();
    var require_NoopContextManager2 = require_NoopContextManager();
    var API_NAME = "context";
    var NOOP_CONTEXT_MANAGER = new require_NoopContextManager2.NoopContextManager();
    var NOOP_TOKEN = Object.freeze({ dispose: () => {
    } });
    var ContextAPI = class ContextAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
        this._attachUnsupportedWarned = false;
      }
      /** Get the singleton instance of the Context API */
      static getInstance() {
        if (!this._instance) this._instance = new ContextAPI2();
        return this._instance;
      }
      /**
      * Set the current context manager.
      *
      * @returns true if the context manager was successfully registered, else false
      */
      setGlobalContextManager(contextManager) {
        return require_global_utils2.registerGlobal(API_NAME, contextManager, require_diag2.DiagAPI.instance());
      }
      /**
      * Get the currently active context
      */
      active() {
        return this._getContextManager().active();
      }
      /**
      * Execute a function with an active context
      *
      * @param context context to be active during function execution
      * @param fn function to execute in a context
      * @param thisArg optional receiver to be used for calling fn
      * @param args optional arguments forwarded to fn
      */
      with(context, fn, thisArg, ...args) {
        return this._getContextManager().with(context, fn, thisArg, ...args);
      }
      /**
      * Bind a context to a target function or event emitter
      *
      * @param context context to bind to the event emitter or function. Defaults to the currently active context
      * @param target function or event emitter to bind
      */
      bind(context, target) {
        return this._getContextManager().bind(context, target);
      }
      /**
      * Imperatively sets `context` as active, returning a {@link ContextManagementToken} whose
      * {@link ContextManagementToken.dispose} restores the previous context.
      *
      * This is a delicate, low-level API - prefer {@link with}/{@link bind}, which
      * restore context automatically. Use `attach` only to bridge callback
      * boundaries that `with` cannot wrap. Call `token.dispose()` when the
      * operation is done.
      *
      * **Caveat for async functions:** If called inside an async function before
      * the first `await`, the context change may leak into the caller's context
      * and remain active there. Prefer {@link with} for async code.
      *
      * Support is best-effort and varies by the active ContextManager (see
      * {@link ContextManager.attach}); if it does not implement `attach`, this logs
      * a warning and returns a no-op token.
      *
      * @param context The Context to attach
      * @returns A {@link ContextManagementToken} whose dispose() restores the previous Context
      * @since 1.10.0
      * @experimental This API is experimental and may change in minor releases without prior notice.
      */
      attach(context) {
        const contextManager = this._getContextManager();
        if (contextManager.attach) return contextManager.attach(context);
        if (!this._attachUnsupportedWarned) {
          this._attachUnsupportedWarned = true;
          require_diag2.DiagAPI.instance().warn("The current ContextManager does not implement attach(). The context will not be attached. Use a ContextManager that supports attach() (e.g. AsyncLocalStorageContextManager) or use with()/bind() instead.");
        }
        return NOOP_TOKEN;
      }
      _getContextManager() {
        return require_global_utils2.getGlobal(API_NAME) || NOOP_CONTEXT_MANAGER;
      }
      /** Disable and remove the global context manager */
      disable() {
        this._getContextManager().disable();
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance());
      }
    };
    exports.ContextAPI = ContextAPI;
  }
});

// node_modules/@opentelemetry/api/dist/trace/context-utils.cjs
var require_context_utils = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/context-utils.cjs"(exports) {
    var require_context3 = require_context();
    var require_context$1 = require_context2();
    var require_NonRecordingSpan2 = require_NonRecordingSpan();
    var SPAN_KEY = require_context3.createContextKey("OpenTelemetry Context Key SPAN");
    function getSpan(context) {
      return context.getValue(SPAN_KEY) || void 0;
    }
    function getActiveSpan() {
      return getSpan(require_context$1.ContextAPI.getInstance().active());
    }
    function setSpan(context, span) {
      return context.setValue(SPAN_KEY, span);
    }
    function deleteSpan(context) {
      return context.deleteValue(SPAN_KEY);
    }
    function setSpanContext(context, spanContext) {
      return setSpan(context, new require_NonRecordingSpan2.NonRecordingSpan(spanContext));
    }
    function getSpanContext(context) {
      var _getSpan;
      return (_getSpan = getSpan(context)) === null || _getSpan === void 0 ? void 0 : _getSpan.spanContext();
    }
    exports.deleteSpan = deleteSpan;
    exports.getActiveSpan = getActiveSpan;
    exports.getSpan = getSpan;
    exports.getSpanContext = getSpanContext;
    exports.setSpan = setSpan;
    exports.setSpanContext = setSpanContext;
  }
});

// node_modules/@opentelemetry/api/dist/trace/NoopTracer.cjs
var require_NoopTracer = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/NoopTracer.cjs"(exports) {
    var require_context3 = require_context2();
    var require_NonRecordingSpan2 = require_NonRecordingSpan();
    var require_context_utils2 = require_context_utils();
    var require_spancontext_utils2 = require_spancontext_utils();
    var contextApi = require_context3.ContextAPI.getInstance();
    var NoopTracer = class {
      startSpan(name2, options, context = contextApi.active()) {
        if (Boolean(options === null || options === void 0 ? void 0 : options.root)) return new require_NonRecordingSpan2.NonRecordingSpan();
        const parentFromContext = context && require_context_utils2.getSpanContext(context);
        if (isSpanContext(parentFromContext) && require_spancontext_utils2.isSpanContextValid(parentFromContext)) return new require_NonRecordingSpan2.NonRecordingSpan(parentFromContext);
        else return new require_NonRecordingSpan2.NonRecordingSpan();
      }
      startActiveSpan(name2, arg2, arg3, arg4) {
        var _ctx;
        let opts;
        let ctx;
        let fn;
        if (arguments.length < 2) return;
        else if (arguments.length === 2) fn = arg2;
        else if (arguments.length === 3) {
          opts = arg2;
          fn = arg3;
        } else {
          opts = arg2;
          ctx = arg3;
          fn = arg4;
        }
        const parentContext = (_ctx = ctx) !== null && _ctx !== void 0 ? _ctx : contextApi.active();
        const span = this.startSpan(name2, opts, parentContext);
        const contextWithSpanSet = require_context_utils2.setSpan(parentContext, span);
        return contextApi.with(contextWithSpanSet, fn, void 0, span);
      }
    };
    function isSpanContext(spanContext) {
      return spanContext !== null && typeof spanContext === "object" && "spanId" in spanContext && typeof spanContext["spanId"] === "string" && "traceId" in spanContext && typeof spanContext["traceId"] === "string" && "traceFlags" in spanContext && typeof spanContext["traceFlags"] === "number";
    }
    exports.NoopTracer = NoopTracer;
  }
});

// node_modules/@opentelemetry/api/dist/trace/ProxyTracer.cjs
var require_ProxyTracer = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/ProxyTracer.cjs"(exports) {
    var NOOP_TRACER = new (require_NoopTracer()).NoopTracer();
    var ProxyTracer = class {
      constructor(provider, name2, version, options) {
        this._provider = provider;
        this.name = name2;
        this.version = version;
        this.options = options;
      }
      startSpan(name2, options, context) {
        return this._getTracer().startSpan(name2, options, context);
      }
      startActiveSpan(_name, _options, _context, _fn) {
        const tracer = this._getTracer();
        return Reflect.apply(tracer.startActiveSpan, tracer, arguments);
      }
      /**
      * Try to get a tracer from the proxy tracer provider.
      * If the proxy tracer provider has no delegate, return a noop tracer.
      */
      _getTracer() {
        if (this._delegate) return this._delegate;
        const tracer = this._provider.getDelegateTracer(this.name, this.version, this.options);
        if (!tracer) return NOOP_TRACER;
        this._delegate = tracer;
        return this._delegate;
      }
    };
    exports.ProxyTracer = ProxyTracer;
  }
});

// node_modules/@opentelemetry/api/dist/trace/span_kind.cjs
var require_span_kind = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/span_kind.cjs"(exports) {
    var SpanKind = /* @__PURE__ */ (function(SpanKind2) {
      SpanKind2[SpanKind2["INTERNAL"] = 0] = "INTERNAL";
      SpanKind2[SpanKind2["SERVER"] = 1] = "SERVER";
      SpanKind2[SpanKind2["CLIENT"] = 2] = "CLIENT";
      SpanKind2[SpanKind2["PRODUCER"] = 3] = "PRODUCER";
      SpanKind2[SpanKind2["CONSUMER"] = 4] = "CONSUMER";
      return SpanKind2;
    })({});
    exports.SpanKind = SpanKind;
  }
});

// node_modules/@opentelemetry/api/dist/trace/status.cjs
var require_status = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/status.cjs"(exports) {
    var SpanStatusCode = /* @__PURE__ */ (function(SpanStatusCode2) {
      SpanStatusCode2[SpanStatusCode2["UNSET"] = 0] = "UNSET";
      SpanStatusCode2[SpanStatusCode2["OK"] = 1] = "OK";
      SpanStatusCode2[SpanStatusCode2["ERROR"] = 2] = "ERROR";
      return SpanStatusCode2;
    })({});
    exports.SpanStatusCode = SpanStatusCode;
  }
});

// node_modules/@opentelemetry/api/dist/trace/internal/tracestate-validators.cjs
var require_tracestate_validators = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/internal/tracestate-validators.cjs"(exports) {
    var VALID_KEY_CHAR_RANGE = "[_0-9a-z-*/]";
    var VALID_KEY_REGEX = new RegExp(`^(?:${`[a-z]${VALID_KEY_CHAR_RANGE}{0,255}`}|${`[a-z0-9]${VALID_KEY_CHAR_RANGE}{0,240}@[a-z]${VALID_KEY_CHAR_RANGE}{0,13}`})$`);
    var VALID_VALUE_BASE_REGEX = /^[ -~]{0,255}[!-~]$/;
    var INVALID_VALUE_COMMA_EQUAL_REGEX = /,|=/;
    function validateKey(key) {
      return VALID_KEY_REGEX.test(key);
    }
    function validateValue(value) {
      return VALID_VALUE_BASE_REGEX.test(value) && !INVALID_VALUE_COMMA_EQUAL_REGEX.test(value);
    }
    exports.validateKey = validateKey;
    exports.validateValue = validateValue;
  }
});

// node_modules/@opentelemetry/api/dist/trace/internal/tracestate-impl.cjs
var require_tracestate_impl = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/internal/tracestate-impl.cjs"(exports) {
    var require_tracestate_validators2 = require_tracestate_validators();
    var MAX_TRACE_STATE_ITEMS = 32;
    var MAX_TRACE_STATE_LEN = 512;
    var LIST_MEMBERS_SEPARATOR = ",";
    var LIST_MEMBER_KEY_VALUE_SPLITTER = "=";
    var TraceStateImpl = class TraceStateImpl2 {
      constructor(rawTraceState) {
        this._internalState = /* @__PURE__ */ new Map();
        if (rawTraceState) this._parse(rawTraceState);
      }
      set(key, value) {
        const currValue = this._internalState.get(key);
        let newLength = this.serialize().length;
        if (typeof currValue === "string") newLength += value.length - currValue.length;
        else {
          if (this._internalState.size >= MAX_TRACE_STATE_ITEMS) return this;
          newLength += key.length + value.length + (this._internalState.size > 0 ? 2 : 1);
        }
        if (newLength > MAX_TRACE_STATE_LEN) return this;
        const traceState = this._clone();
        if (traceState._internalState.has(key)) traceState._internalState.delete(key);
        traceState._internalState.set(key, value);
        return traceState;
      }
      unset(key) {
        const traceState = this._clone();
        traceState._internalState.delete(key);
        return traceState;
      }
      get(key) {
        return this._internalState.get(key);
      }
      serialize() {
        return Array.from(this._internalState.keys()).reduceRight((agg, key) => {
          agg.push(key + LIST_MEMBER_KEY_VALUE_SPLITTER + this.get(key));
          return agg;
        }, []).join(LIST_MEMBERS_SEPARATOR);
      }
      _parse(rawTraceState) {
        if (rawTraceState.length > MAX_TRACE_STATE_LEN) return;
        this._internalState = rawTraceState.split(LIST_MEMBERS_SEPARATOR).reduceRight((agg, part) => {
          const listMember = part.trim();
          const i = listMember.indexOf(LIST_MEMBER_KEY_VALUE_SPLITTER);
          if (i !== -1) {
            const key = listMember.slice(0, i);
            const value = listMember.slice(i + 1, part.length);
            if (require_tracestate_validators2.validateKey(key) && require_tracestate_validators2.validateValue(value)) agg.set(key, value);
          }
          return agg;
        }, /* @__PURE__ */ new Map());
        if (this._internalState.size > MAX_TRACE_STATE_ITEMS) this._internalState = new Map(Array.from(this._internalState.entries()).reverse().slice(0, MAX_TRACE_STATE_ITEMS));
      }
      _keys() {
        return Array.from(this._internalState.keys()).reverse();
      }
      _clone() {
        const traceState = new TraceStateImpl2();
        traceState._internalState = new Map(this._internalState);
        return traceState;
      }
    };
    exports.TraceStateImpl = TraceStateImpl;
  }
});

// node_modules/@opentelemetry/api/dist/trace/internal/utils.cjs
var require_utils2 = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/internal/utils.cjs"(exports) {
    var require_tracestate_impl2 = require_tracestate_impl();
    function createTraceState(rawTraceState) {
      return new require_tracestate_impl2.TraceStateImpl(rawTraceState);
    }
    exports.createTraceState = createTraceState;
  }
});

// node_modules/@opentelemetry/api/dist/trace/NoopTracerProvider.cjs
var require_NoopTracerProvider = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/NoopTracerProvider.cjs"(exports) {
    var require_NoopTracer2 = require_NoopTracer();
    var NoopTracerProvider = class {
      getTracer(_name, _version, _options) {
        return new require_NoopTracer2.NoopTracer();
      }
    };
    exports.NoopTracerProvider = NoopTracerProvider;
  }
});

// node_modules/@opentelemetry/api/dist/trace/ProxyTracerProvider.cjs
var require_ProxyTracerProvider = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/ProxyTracerProvider.cjs"(exports) {
    var require_ProxyTracer2 = require_ProxyTracer();
    var NOOP_TRACER_PROVIDER = new (require_NoopTracerProvider()).NoopTracerProvider();
    var ProxyTracerProvider = class {
      /**
      * Get a {@link ProxyTracer}
      */
      getTracer(name2, version, options) {
        var _this$getDelegateTrac;
        return (_this$getDelegateTrac = this.getDelegateTracer(name2, version, options)) !== null && _this$getDelegateTrac !== void 0 ? _this$getDelegateTrac : new require_ProxyTracer2.ProxyTracer(this, name2, version, options);
      }
      getDelegate() {
        var _this$_delegate;
        return (_this$_delegate = this._delegate) !== null && _this$_delegate !== void 0 ? _this$_delegate : NOOP_TRACER_PROVIDER;
      }
      /**
      * Set the delegate tracer provider
      */
      setDelegate(delegate) {
        this._delegate = delegate;
      }
      getDelegateTracer(name2, version, options) {
        var _this$_delegate2;
        return (_this$_delegate2 = this._delegate) === null || _this$_delegate2 === void 0 ? void 0 : _this$_delegate2.getTracer(name2, version, options);
      }
    };
    exports.ProxyTracerProvider = ProxyTracerProvider;
  }
});

// node_modules/@opentelemetry/api/dist/trace/SamplingResult.cjs
var require_SamplingResult = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace/SamplingResult.cjs"(exports) {
    var SamplingDecision = /* @__PURE__ */ (function(SamplingDecision2) {
      SamplingDecision2[SamplingDecision2["NOT_RECORD"] = 0] = "NOT_RECORD";
      SamplingDecision2[SamplingDecision2["RECORD"] = 1] = "RECORD";
      SamplingDecision2[SamplingDecision2["RECORD_AND_SAMPLED"] = 2] = "RECORD_AND_SAMPLED";
      return SamplingDecision2;
    })({});
    exports.SamplingDecision = SamplingDecision;
  }
});

// node_modules/@opentelemetry/api/dist/context-api.cjs
var require_context_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/context-api.cjs"(exports) {
    var context = require_context2().ContextAPI.getInstance();
    exports.context = context;
  }
});

// node_modules/@opentelemetry/api/dist/diag-api.cjs
var require_diag_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/diag-api.cjs"(exports) {
    var diag = require_diag().DiagAPI.instance();
    exports.diag = diag;
  }
});

// node_modules/@opentelemetry/api/dist/logs/NoopLoggerProvider.cjs
var require_NoopLoggerProvider = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs/NoopLoggerProvider.cjs"(exports) {
    var require_NoopLogger2 = require_NoopLogger();
    var NoopLoggerProvider = class {
      getLogger(_name, _version, _options) {
        return new require_NoopLogger2.NoopLogger();
      }
    };
    var NOOP_LOGGER_PROVIDER = new NoopLoggerProvider();
    exports.NOOP_LOGGER_PROVIDER = NOOP_LOGGER_PROVIDER;
    exports.NoopLoggerProvider = NoopLoggerProvider;
  }
});

// node_modules/@opentelemetry/api/dist/logs/ProxyLogger.cjs
var require_ProxyLogger = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs/ProxyLogger.cjs"(exports) {
    var require_NoopLogger2 = require_NoopLogger();
    var ProxyLogger = class {
      constructor(provider, name2, version, options) {
        this._provider = provider;
        this.name = name2;
        this.version = version;
        this.options = options;
      }
      /**
      * Emit a log record. This method should only be used by log appenders.
      *
      * @param logRecord
      */
      emit(logRecord) {
        this._getLogger().emit(logRecord);
      }
      enabled(options) {
        return this._getLogger().enabled(options);
      }
      /**
      * Try to get a logger from the proxy logger provider.
      * If the proxy logger provider has no delegate, return a noop logger.
      */
      _getLogger() {
        if (this._delegate) return this._delegate;
        const logger = this._provider._getDelegateLogger(this.name, this.version, this.options);
        if (!logger) return require_NoopLogger2.NOOP_LOGGER;
        this._delegate = logger;
        return this._delegate;
      }
    };
    exports.ProxyLogger = ProxyLogger;
  }
});

// node_modules/@opentelemetry/api/dist/logs/ProxyLoggerProvider.cjs
var require_ProxyLoggerProvider = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs/ProxyLoggerProvider.cjs"(exports) {
    var require_NoopLoggerProvider2 = require_NoopLoggerProvider();
    var require_ProxyLogger2 = require_ProxyLogger();
    var ProxyLoggerProvider = class {
      getLogger(name2, version, options) {
        var _this$_getDelegateLog;
        return (_this$_getDelegateLog = this._getDelegateLogger(name2, version, options)) !== null && _this$_getDelegateLog !== void 0 ? _this$_getDelegateLog : new require_ProxyLogger2.ProxyLogger(this, name2, version, options);
      }
      /**
      * Get the delegate logger provider.
      * Used by tests only.
      * @internal
      */
      _getDelegate() {
        var _this$_delegate;
        return (_this$_delegate = this._delegate) !== null && _this$_delegate !== void 0 ? _this$_delegate : require_NoopLoggerProvider2.NOOP_LOGGER_PROVIDER;
      }
      /**
      * Set the delegate logger provider
      * @internal
      */
      _setDelegate(delegate) {
        this._delegate = delegate;
      }
      /**
      * @internal
      */
      _getDelegateLogger(name2, version, options) {
        var _this$_delegate2;
        return (_this$_delegate2 = this._delegate) === null || _this$_delegate2 === void 0 ? void 0 : _this$_delegate2.getLogger(name2, version, options);
      }
    };
    exports.ProxyLoggerProvider = ProxyLoggerProvider;
  }
});

// node_modules/@opentelemetry/api/dist/api/logs.cjs
var require_logs = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/logs.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var require_diag2 = require_diag();
    var require_ProxyLoggerProvider2 = require_ProxyLoggerProvider();
    var API_NAME = "logs";
    var LogsAPI = class LogsAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
        this._proxyLoggerProvider = new require_ProxyLoggerProvider2.ProxyLoggerProvider();
      }
      /** Get the singleton instance of the Logs API */
      static getInstance() {
        if (!this._instance) this._instance = new LogsAPI2();
        return this._instance;
      }
      setGlobalLoggerProvider(provider) {
        const success = require_global_utils2.registerGlobal(API_NAME, provider, require_diag2.DiagAPI.instance());
        if (success) this._proxyLoggerProvider._setDelegate(provider);
        return success;
      }
      /**
      * Returns the global logger provider.
      *
      * @returns LoggerProvider
      */
      getLoggerProvider() {
        return require_global_utils2.getGlobal(API_NAME) || this._proxyLoggerProvider;
      }
      /**
      * Returns a Logger, creating one if one with the given name, version,
      * schemaUrl, and attributes is not already created.
      *
      * Getting a Logger may be expensive, especially when `attributes` are
      * provided. Reuse Logger instances where possible instead of calling
      * `getLogger()` on hot paths.
      *
      * @param name The name of the logger or instrumentation library.
      * @param version The version of the logger or instrumentation library.
      * @param options The options of the logger or instrumentation library.
      * @returns {@link Logger}
      */
      getLogger(name2, version, options) {
        return this.getLoggerProvider().getLogger(name2, version, options);
      }
      /** Remove the global logger provider */
      disable() {
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance());
        this._proxyLoggerProvider = new require_ProxyLoggerProvider2.ProxyLoggerProvider();
      }
    };
    exports.LogsAPI = LogsAPI;
  }
});

// node_modules/@opentelemetry/api/dist/logs-api.cjs
var require_logs_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/logs-api.cjs"(exports) {
    var logs2 = require_logs().LogsAPI.getInstance();
    exports.logs = logs2;
  }
});

// node_modules/@opentelemetry/api/dist/metrics/NoopMeterProvider.cjs
var require_NoopMeterProvider = __commonJS({
  "node_modules/@opentelemetry/api/dist/metrics/NoopMeterProvider.cjs"(exports) {
    var require_NoopMeter2 = require_NoopMeter();
    var NoopMeterProvider = class {
      getMeter(_name, _version, _options) {
        return require_NoopMeter2.NOOP_METER;
      }
    };
    var NOOP_METER_PROVIDER = new NoopMeterProvider();
    exports.NOOP_METER_PROVIDER = NOOP_METER_PROVIDER;
    exports.NoopMeterProvider = NoopMeterProvider;
  }
});

// node_modules/@opentelemetry/api/dist/api/metrics.cjs
var require_metrics = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/metrics.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var require_diag2 = require_diag();
    var require_NoopMeterProvider2 = require_NoopMeterProvider();
    var API_NAME = "metrics";
    var MetricsAPI = class MetricsAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
      }
      /** Get the singleton instance of the Metrics API */
      static getInstance() {
        if (!this._instance) this._instance = new MetricsAPI2();
        return this._instance;
      }
      /**
      * Set the current global meter provider.
      * Returns true if the meter provider was successfully registered, else false.
      */
      setGlobalMeterProvider(provider) {
        return require_global_utils2.registerGlobal(API_NAME, provider, require_diag2.DiagAPI.instance());
      }
      /**
      * Returns the global meter provider.
      */
      getMeterProvider() {
        return require_global_utils2.getGlobal(API_NAME) || require_NoopMeterProvider2.NOOP_METER_PROVIDER;
      }
      /**
      * Returns a meter from the global meter provider.
      */
      getMeter(name2, version, options) {
        return this.getMeterProvider().getMeter(name2, version, options);
      }
      /** Remove the global meter provider */
      disable() {
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance());
      }
    };
    exports.MetricsAPI = MetricsAPI;
  }
});

// node_modules/@opentelemetry/api/dist/metrics-api.cjs
var require_metrics_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/metrics-api.cjs"(exports) {
    var metrics = require_metrics().MetricsAPI.getInstance();
    exports.metrics = metrics;
  }
});

// node_modules/@opentelemetry/api/dist/propagation/NoopTextMapPropagator.cjs
var require_NoopTextMapPropagator = __commonJS({
  "node_modules/@opentelemetry/api/dist/propagation/NoopTextMapPropagator.cjs"(exports) {
    var NoopTextMapPropagator = class {
      /** Noop inject function does nothing */
      inject(_context, _carrier) {
      }
      /** Noop extract function does nothing and returns the input context */
      extract(context, _carrier) {
        return context;
      }
      fields() {
        return [];
      }
    };
    exports.NoopTextMapPropagator = NoopTextMapPropagator;
  }
});

// node_modules/@opentelemetry/api/dist/baggage/context-helpers.cjs
var require_context_helpers = __commonJS({
  "node_modules/@opentelemetry/api/dist/baggage/context-helpers.cjs"(exports) {
    var require_context3 = require_context();
    var require_context$1 = require_context2();
    var BAGGAGE_KEY = require_context3.createContextKey("OpenTelemetry Baggage Key");
    function getBaggage(context) {
      return context.getValue(BAGGAGE_KEY) || void 0;
    }
    function getActiveBaggage() {
      return getBaggage(require_context$1.ContextAPI.getInstance().active());
    }
    function setBaggage(context, baggage) {
      return context.setValue(BAGGAGE_KEY, baggage);
    }
    function deleteBaggage(context) {
      return context.deleteValue(BAGGAGE_KEY);
    }
    exports.deleteBaggage = deleteBaggage;
    exports.getActiveBaggage = getActiveBaggage;
    exports.getBaggage = getBaggage;
    exports.setBaggage = setBaggage;
  }
});

// node_modules/@opentelemetry/api/dist/api/propagation.cjs
var require_propagation = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/propagation.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var require_diag2 = require_diag();
    var require_utils3 = require_utils();
    var require_TextMapPropagator2 = require_TextMapPropagator();
    var require_NoopTextMapPropagator2 = require_NoopTextMapPropagator();
    var require_context_helpers2 = require_context_helpers();
    var API_NAME = "propagation";
    var NOOP_TEXT_MAP_PROPAGATOR = new require_NoopTextMapPropagator2.NoopTextMapPropagator();
    var PropagationAPI = class PropagationAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
        this.createBaggage = require_utils3.createBaggage;
        this.getBaggage = require_context_helpers2.getBaggage;
        this.getActiveBaggage = require_context_helpers2.getActiveBaggage;
        this.setBaggage = require_context_helpers2.setBaggage;
        this.deleteBaggage = require_context_helpers2.deleteBaggage;
      }
      /** Get the singleton instance of the Propagator API */
      static getInstance() {
        if (!this._instance) this._instance = new PropagationAPI2();
        return this._instance;
      }
      /**
      * Set the current propagator.
      *
      * @returns true if the propagator was successfully registered, else false
      */
      setGlobalPropagator(propagator) {
        return require_global_utils2.registerGlobal(API_NAME, propagator, require_diag2.DiagAPI.instance());
      }
      /**
      * Inject context into a carrier to be propagated inter-process
      *
      * @param context Context carrying tracing data to inject
      * @param carrier carrier to inject context into
      * @param setter Function used to set values on the carrier
      */
      inject(context, carrier, setter = require_TextMapPropagator2.defaultTextMapSetter) {
        return this._getGlobalPropagator().inject(context, carrier, setter);
      }
      /**
      * Extract context from a carrier
      *
      * @param context Context which the newly created context will inherit from
      * @param carrier Carrier to extract context from
      * @param getter Function used to extract keys from a carrier
      */
      extract(context, carrier, getter = require_TextMapPropagator2.defaultTextMapGetter) {
        return this._getGlobalPropagator().extract(context, carrier, getter);
      }
      /**
      * Return a list of all fields which may be used by the propagator.
      */
      fields() {
        return this._getGlobalPropagator().fields();
      }
      /** Remove the global propagator */
      disable() {
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance());
      }
      _getGlobalPropagator() {
        return require_global_utils2.getGlobal(API_NAME) || NOOP_TEXT_MAP_PROPAGATOR;
      }
    };
    exports.PropagationAPI = PropagationAPI;
  }
});

// node_modules/@opentelemetry/api/dist/propagation-api.cjs
var require_propagation_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/propagation-api.cjs"(exports) {
    var propagation = require_propagation().PropagationAPI.getInstance();
    exports.propagation = propagation;
  }
});

// node_modules/@opentelemetry/api/dist/api/trace.cjs
var require_trace = __commonJS({
  "node_modules/@opentelemetry/api/dist/api/trace.cjs"(exports) {
    var require_global_utils2 = require_global_utils();
    var require_diag2 = require_diag();
    var require_context_utils2 = require_context_utils();
    var require_spancontext_utils2 = require_spancontext_utils();
    var require_ProxyTracerProvider2 = require_ProxyTracerProvider();
    var API_NAME = "trace";
    var TraceAPI = class TraceAPI2 {
      /** Empty private constructor prevents end users from constructing a new instance of the API */
      constructor() {
        this._proxyTracerProvider = new require_ProxyTracerProvider2.ProxyTracerProvider();
        this.wrapSpanContext = require_spancontext_utils2.wrapSpanContext;
        this.isSpanContextValid = require_spancontext_utils2.isSpanContextValid;
        this.deleteSpan = require_context_utils2.deleteSpan;
        this.getSpan = require_context_utils2.getSpan;
        this.getActiveSpan = require_context_utils2.getActiveSpan;
        this.getSpanContext = require_context_utils2.getSpanContext;
        this.setSpan = require_context_utils2.setSpan;
        this.setSpanContext = require_context_utils2.setSpanContext;
      }
      /** Get the singleton instance of the Trace API */
      static getInstance() {
        if (!this._instance) this._instance = new TraceAPI2();
        return this._instance;
      }
      /**
      * Set the current global tracer.
      *
      * @returns true if the tracer provider was successfully registered, else false
      */
      setGlobalTracerProvider(provider) {
        const success = require_global_utils2.registerGlobal(API_NAME, this._proxyTracerProvider, require_diag2.DiagAPI.instance());
        if (success) this._proxyTracerProvider.setDelegate(provider);
        return success;
      }
      /**
      * Returns the global tracer provider.
      */
      getTracerProvider() {
        return require_global_utils2.getGlobal(API_NAME) || this._proxyTracerProvider;
      }
      /**
      * Returns a tracer from the global tracer provider.
      */
      getTracer(name2, version) {
        return this.getTracerProvider().getTracer(name2, version);
      }
      /** Remove the global tracer provider */
      disable() {
        require_global_utils2.unregisterGlobal(API_NAME, require_diag2.DiagAPI.instance());
        this._proxyTracerProvider = new require_ProxyTracerProvider2.ProxyTracerProvider();
      }
    };
    exports.TraceAPI = TraceAPI;
  }
});

// node_modules/@opentelemetry/api/dist/trace-api.cjs
var require_trace_api = __commonJS({
  "node_modules/@opentelemetry/api/dist/trace-api.cjs"(exports) {
    var trace = require_trace().TraceAPI.getInstance();
    exports.trace = trace;
  }
});

// node_modules/@opentelemetry/api/dist/index.cjs
var require_dist2 = __commonJS({
  "node_modules/@opentelemetry/api/dist/index.cjs"(exports) {
    Object.defineProperties(exports, {
      __esModule: { value: true },
      [Symbol.toStringTag]: { value: "Module" }
    });
    var require_types2 = require_types();
    var require_utils3 = require_utils();
    var require_context3 = require_context();
    var require_consoleLogger2 = require_consoleLogger();
    var require_NoopMeter2 = require_NoopMeter();
    var require_Metric2 = require_Metric();
    var require_NoopLogger2 = require_NoopLogger();
    var require_LogRecord2 = require_LogRecord();
    var require_TextMapPropagator2 = require_TextMapPropagator();
    var require_trace_flags2 = require_trace_flags();
    var require_invalid_span_constants2 = require_invalid_span_constants();
    var require_spancontext_utils2 = require_spancontext_utils();
    var require_ProxyTracer2 = require_ProxyTracer();
    var require_span_kind2 = require_span_kind();
    var require_status2 = require_status();
    var require_utils$1 = require_utils2();
    var require_ProxyTracerProvider2 = require_ProxyTracerProvider();
    var require_SamplingResult2 = require_SamplingResult();
    var require_context_api2 = require_context_api();
    var require_diag_api2 = require_diag_api();
    var require_logs_api2 = require_logs_api();
    var require_metrics_api2 = require_metrics_api();
    var require_propagation_api2 = require_propagation_api();
    var require_trace_api2 = require_trace_api();
    var src_default = {
      context: require_context_api2.context,
      diag: require_diag_api2.diag,
      logs: require_logs_api2.logs,
      metrics: require_metrics_api2.metrics,
      propagation: require_propagation_api2.propagation,
      trace: require_trace_api2.trace
    };
    exports.DiagConsoleLogger = require_consoleLogger2.DiagConsoleLogger;
    exports.DiagLogLevel = require_types2.DiagLogLevel;
    exports.INVALID_SPANID = require_invalid_span_constants2.INVALID_SPANID;
    exports.INVALID_SPAN_CONTEXT = require_invalid_span_constants2.INVALID_SPAN_CONTEXT;
    exports.INVALID_TRACEID = require_invalid_span_constants2.INVALID_TRACEID;
    exports.ProxyTracer = require_ProxyTracer2.ProxyTracer;
    exports.ProxyTracerProvider = require_ProxyTracerProvider2.ProxyTracerProvider;
    exports.ROOT_CONTEXT = require_context3.ROOT_CONTEXT;
    exports.SamplingDecision = require_SamplingResult2.SamplingDecision;
    exports.SeverityNumber = require_LogRecord2.SeverityNumber;
    exports.SpanKind = require_span_kind2.SpanKind;
    exports.SpanStatusCode = require_status2.SpanStatusCode;
    exports.TraceFlags = require_trace_flags2.TraceFlags;
    exports.ValueType = require_Metric2.ValueType;
    exports.baggageEntryMetadataFromString = require_utils3.baggageEntryMetadataFromString;
    exports.context = require_context_api2.context;
    exports.createContextKey = require_context3.createContextKey;
    exports.createNoopLogger = require_NoopLogger2.createNoopLogger;
    exports.createNoopMeter = require_NoopMeter2.createNoopMeter;
    exports.createTraceState = require_utils$1.createTraceState;
    exports.default = src_default;
    exports.defaultTextMapGetter = require_TextMapPropagator2.defaultTextMapGetter;
    exports.defaultTextMapSetter = require_TextMapPropagator2.defaultTextMapSetter;
    exports.diag = require_diag_api2.diag;
    exports.isSpanContextValid = require_spancontext_utils2.isSpanContextValid;
    exports.isValidSpanId = require_spancontext_utils2.isValidSpanId;
    exports.isValidTraceId = require_spancontext_utils2.isValidTraceId;
    exports.logs = require_logs_api2.logs;
    exports.metrics = require_metrics_api2.metrics;
    exports.propagation = require_propagation_api2.propagation;
    exports.trace = require_trace_api2.trace;
  }
});

// node_modules/prom-client/lib/metrics/processCpuTotal.js
var require_processCpuTotal = __commonJS({
  "node_modules/prom-client/lib/metrics/processCpuTotal.js"(exports, module) {
    "use strict";
    var OtelApi = require_dist2();
    var Counter2 = require_counter();
    var PROCESS_CPU_USER_SECONDS = "process_cpu_user_seconds_total";
    var PROCESS_CPU_SYSTEM_SECONDS = "process_cpu_system_seconds_total";
    var PROCESS_CPU_SECONDS = "process_cpu_seconds_total";
    module.exports = (registry, config = {}) => {
      const registers = registry ? [registry] : void 0;
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const exemplars = config.enableExemplars ? config.enableExemplars : false;
      const labelNames = Object.keys(labels);
      let lastCpuUsage = process.cpuUsage();
      const cpuUserUsageCounter = new Counter2({
        name: namePrefix + PROCESS_CPU_USER_SECONDS,
        help: "Total user CPU time spent in seconds.",
        enableExemplars: exemplars,
        registers,
        labelNames,
        // Use this one metric's `collect` to set all metrics' values.
        collect() {
          const cpuUsage = process.cpuUsage();
          const userUsageMicros = cpuUsage.user - lastCpuUsage.user;
          const systemUsageMicros = cpuUsage.system - lastCpuUsage.system;
          lastCpuUsage = cpuUsage;
          if (this.enableExemplars) {
            let exemplarLabels = {};
            const currentSpan = OtelApi.trace.getSpan(OtelApi.context.active());
            if (currentSpan) {
              exemplarLabels = {
                traceId: currentSpan.spanContext().traceId,
                spanId: currentSpan.spanContext().spanId
              };
            }
            cpuUserUsageCounter.inc({
              labels,
              value: userUsageMicros / 1e6,
              exemplarLabels
            });
            cpuSystemUsageCounter.inc({
              labels,
              value: systemUsageMicros / 1e6,
              exemplarLabels
            });
            cpuUsageCounter.inc({
              labels,
              value: (userUsageMicros + systemUsageMicros) / 1e6,
              exemplarLabels
            });
          } else {
            cpuUserUsageCounter.inc(labels, userUsageMicros / 1e6);
            cpuSystemUsageCounter.inc(labels, systemUsageMicros / 1e6);
            cpuUsageCounter.inc(
              labels,
              (userUsageMicros + systemUsageMicros) / 1e6
            );
          }
        }
      });
      const cpuSystemUsageCounter = new Counter2({
        name: namePrefix + PROCESS_CPU_SYSTEM_SECONDS,
        help: "Total system CPU time spent in seconds.",
        enableExemplars: exemplars,
        registers,
        labelNames
      });
      const cpuUsageCounter = new Counter2({
        name: namePrefix + PROCESS_CPU_SECONDS,
        help: "Total user and system CPU time spent in seconds.",
        enableExemplars: exemplars,
        registers,
        labelNames
      });
    };
    module.exports.metricNames = [
      PROCESS_CPU_USER_SECONDS,
      PROCESS_CPU_SYSTEM_SECONDS,
      PROCESS_CPU_SECONDS
    ];
  }
});

// node_modules/prom-client/lib/metrics/processStartTime.js
var require_processStartTime = __commonJS({
  "node_modules/prom-client/lib/metrics/processStartTime.js"(exports, module) {
    "use strict";
    var Gauge = require_gauge();
    var startInSeconds = Math.round(Date.now() / 1e3 - process.uptime());
    var PROCESS_START_TIME = "process_start_time_seconds";
    module.exports = (registry, config = {}) => {
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge({
        name: namePrefix + PROCESS_START_TIME,
        help: "Start time of the process since unix epoch in seconds.",
        registers: registry ? [registry] : void 0,
        labelNames,
        aggregator: "omit",
        collect() {
          this.set(labels, startInSeconds);
        }
      });
    };
    module.exports.metricNames = [PROCESS_START_TIME];
  }
});

// node_modules/prom-client/lib/metrics/osMemoryHeapLinux.js
var require_osMemoryHeapLinux = __commonJS({
  "node_modules/prom-client/lib/metrics/osMemoryHeapLinux.js"(exports, module) {
    "use strict";
    var Gauge = require_gauge();
    var fs = __require("fs");
    var values = ["VmSize", "VmRSS", "VmData"];
    var PROCESS_RESIDENT_MEMORY = "process_resident_memory_bytes";
    var PROCESS_VIRTUAL_MEMORY = "process_virtual_memory_bytes";
    var PROCESS_HEAP = "process_heap_bytes";
    function structureOutput(input) {
      return input.split("\n").reduce((acc, string) => {
        if (!values.some((value2) => string.startsWith(value2))) {
          return acc;
        }
        const split = string.split(":");
        let value = split[1].trim();
        value = value.substr(0, value.length - 3);
        value = Number(value) * 1024;
        acc[split[0]] = value;
        return acc;
      }, {});
    }
    module.exports = (registry, config = {}) => {
      const registers = registry ? [registry] : void 0;
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      const residentMemGauge = new Gauge({
        name: namePrefix + PROCESS_RESIDENT_MEMORY,
        help: "Resident memory size in bytes.",
        registers,
        labelNames,
        // Use this one metric's `collect` to set all metrics' values.
        collect() {
          try {
            const stat = fs.readFileSync("/proc/self/status", "utf8");
            const structuredOutput = structureOutput(stat);
            residentMemGauge.set(labels, structuredOutput.VmRSS);
            virtualMemGauge.set(labels, structuredOutput.VmSize);
            heapSizeMemGauge.set(labels, structuredOutput.VmData);
          } catch {
          }
        }
      });
      const virtualMemGauge = new Gauge({
        name: namePrefix + PROCESS_VIRTUAL_MEMORY,
        help: "Virtual memory size in bytes.",
        registers,
        labelNames
      });
      const heapSizeMemGauge = new Gauge({
        name: namePrefix + PROCESS_HEAP,
        help: "Process heap size in bytes.",
        registers,
        labelNames
      });
    };
    module.exports.metricNames = [
      PROCESS_RESIDENT_MEMORY,
      PROCESS_VIRTUAL_MEMORY,
      PROCESS_HEAP
    ];
  }
});

// node_modules/prom-client/lib/metrics/helpers/safeMemoryUsage.js
var require_safeMemoryUsage = __commonJS({
  "node_modules/prom-client/lib/metrics/helpers/safeMemoryUsage.js"(exports, module) {
    "use strict";
    function safeMemoryUsage() {
      try {
        return process.memoryUsage();
      } catch {
        return;
      }
    }
    module.exports = safeMemoryUsage;
  }
});

// node_modules/prom-client/lib/metrics/osMemoryHeap.js
var require_osMemoryHeap = __commonJS({
  "node_modules/prom-client/lib/metrics/osMemoryHeap.js"(exports, module) {
    "use strict";
    var Gauge = require_gauge();
    var linuxVariant = require_osMemoryHeapLinux();
    var safeMemoryUsage = require_safeMemoryUsage();
    var PROCESS_RESIDENT_MEMORY = "process_resident_memory_bytes";
    function notLinuxVariant(registry, config = {}) {
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge({
        name: namePrefix + PROCESS_RESIDENT_MEMORY,
        help: "Resident memory size in bytes.",
        registers: registry ? [registry] : void 0,
        labelNames,
        collect() {
          const memUsage = safeMemoryUsage();
          if (memUsage) {
            this.set(labels, memUsage.rss);
          }
        }
      });
    }
    module.exports = (registry, config) => process.platform === "linux" ? linuxVariant(registry, config) : notLinuxVariant(registry, config);
    module.exports.metricNames = process.platform === "linux" ? linuxVariant.metricNames : [PROCESS_RESIDENT_MEMORY];
  }
});

// node_modules/prom-client/lib/metrics/processOpenFileDescriptors.js
var require_processOpenFileDescriptors = __commonJS({
  "node_modules/prom-client/lib/metrics/processOpenFileDescriptors.js"(exports, module) {
    "use strict";
    var Gauge = require_gauge();
    var fs = __require("fs");
    var process2 = __require("process");
    var PROCESS_OPEN_FDS = "process_open_fds";
    module.exports = (registry, config = {}) => {
      if (process2.platform !== "linux") {
        return;
      }
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge({
        name: namePrefix + PROCESS_OPEN_FDS,
        help: "Number of open file descriptors.",
        registers: registry ? [registry] : void 0,
        labelNames,
        collect() {
          try {
            const fds = fs.readdirSync("/proc/self/fd");
            this.set(labels, fds.length - 1);
          } catch {
          }
        }
      });
    };
    module.exports.metricNames = [PROCESS_OPEN_FDS];
  }
});

// node_modules/prom-client/lib/metrics/processMaxFileDescriptors.js
var require_processMaxFileDescriptors = __commonJS({
  "node_modules/prom-client/lib/metrics/processMaxFileDescriptors.js"(exports, module) {
    "use strict";
    var Gauge = require_gauge();
    var fs = __require("fs");
    var PROCESS_MAX_FDS = "process_max_fds";
    var maxFds;
    module.exports = (registry, config = {}) => {
      if (maxFds === void 0) {
        try {
          const limits = fs.readFileSync("/proc/self/limits", "utf8");
          const lines = limits.split("\n");
          for (const line of lines) {
            if (line.startsWith("Max open files")) {
              const parts = line.split(/  +/);
              maxFds = Number(parts[1]);
              break;
            }
          }
        } catch {
          return;
        }
      }
      if (maxFds === void 0) return;
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge({
        name: namePrefix + PROCESS_MAX_FDS,
        help: "Maximum number of open file descriptors.",
        registers: registry ? [registry] : void 0,
        labelNames,
        collect() {
          if (maxFds !== void 0) this.set(labels, maxFds);
        }
      });
    };
    module.exports.metricNames = [PROCESS_MAX_FDS];
  }
});

// node_modules/prom-client/lib/metrics/eventLoopLag.js
var require_eventLoopLag = __commonJS({
  "node_modules/prom-client/lib/metrics/eventLoopLag.js"(exports, module) {
    "use strict";
    var Gauge = require_gauge();
    var perf_hooks;
    try {
      perf_hooks = __require("perf_hooks");
    } catch {
    }
    var NODEJS_EVENTLOOP_LAG = "nodejs_eventloop_lag_seconds";
    var NODEJS_EVENTLOOP_LAG_MIN = "nodejs_eventloop_lag_min_seconds";
    var NODEJS_EVENTLOOP_LAG_MAX = "nodejs_eventloop_lag_max_seconds";
    var NODEJS_EVENTLOOP_LAG_MEAN = "nodejs_eventloop_lag_mean_seconds";
    var NODEJS_EVENTLOOP_LAG_STDDEV = "nodejs_eventloop_lag_stddev_seconds";
    var NODEJS_EVENTLOOP_LAG_P50 = "nodejs_eventloop_lag_p50_seconds";
    var NODEJS_EVENTLOOP_LAG_P90 = "nodejs_eventloop_lag_p90_seconds";
    var NODEJS_EVENTLOOP_LAG_P99 = "nodejs_eventloop_lag_p99_seconds";
    function reportEventloopLag(start, gauge, labels) {
      const delta = process.hrtime(start);
      const nanosec = delta[0] * 1e9 + delta[1];
      const seconds = nanosec / 1e9;
      gauge.set(labels, seconds);
    }
    module.exports = (registry, config = {}) => {
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      const registers = registry ? [registry] : void 0;
      let collect = () => {
        const start = process.hrtime();
        setImmediate(reportEventloopLag, start, lag, labels);
      };
      if (perf_hooks && perf_hooks.monitorEventLoopDelay) {
        try {
          const histogram = perf_hooks.monitorEventLoopDelay({
            resolution: config.eventLoopMonitoringPrecision
          });
          histogram.enable();
          collect = () => {
            const start = process.hrtime();
            setImmediate(reportEventloopLag, start, lag, labels);
            lagMin.set(labels, histogram.min / 1e9);
            lagMax.set(labels, histogram.max / 1e9);
            lagMean.set(labels, histogram.mean / 1e9);
            lagStddev.set(labels, histogram.stddev / 1e9);
            lagP50.set(labels, histogram.percentile(50) / 1e9);
            lagP90.set(labels, histogram.percentile(90) / 1e9);
            lagP99.set(labels, histogram.percentile(99) / 1e9);
            histogram.reset();
          };
        } catch (e) {
          if (e.code === "ERR_NOT_IMPLEMENTED") {
            return;
          }
          throw e;
        }
      }
      const lag = new Gauge({
        name: namePrefix + NODEJS_EVENTLOOP_LAG,
        help: "Lag of event loop in seconds.",
        registers,
        labelNames,
        aggregator: "average",
        // Use this one metric's `collect` to set all metrics' values.
        collect
      });
      const lagMin = new Gauge({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_MIN,
        help: "The minimum recorded event loop delay.",
        registers,
        labelNames,
        aggregator: "min"
      });
      const lagMax = new Gauge({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_MAX,
        help: "The maximum recorded event loop delay.",
        registers,
        labelNames,
        aggregator: "max"
      });
      const lagMean = new Gauge({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_MEAN,
        help: "The mean of the recorded event loop delays.",
        registers,
        labelNames,
        aggregator: "average"
      });
      const lagStddev = new Gauge({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_STDDEV,
        help: "The standard deviation of the recorded event loop delays.",
        registers,
        labelNames,
        aggregator: "average"
      });
      const lagP50 = new Gauge({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_P50,
        help: "The 50th percentile of the recorded event loop delays.",
        registers,
        labelNames,
        aggregator: "average"
      });
      const lagP90 = new Gauge({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_P90,
        help: "The 90th percentile of the recorded event loop delays.",
        registers,
        labelNames,
        aggregator: "average"
      });
      const lagP99 = new Gauge({
        name: namePrefix + NODEJS_EVENTLOOP_LAG_P99,
        help: "The 99th percentile of the recorded event loop delays.",
        registers,
        labelNames,
        aggregator: "average"
      });
    };
    module.exports.metricNames = [
      NODEJS_EVENTLOOP_LAG,
      NODEJS_EVENTLOOP_LAG_MIN,
      NODEJS_EVENTLOOP_LAG_MAX,
      NODEJS_EVENTLOOP_LAG_MEAN,
      NODEJS_EVENTLOOP_LAG_STDDEV,
      NODEJS_EVENTLOOP_LAG_P50,
      NODEJS_EVENTLOOP_LAG_P90,
      NODEJS_EVENTLOOP_LAG_P99
    ];
  }
});

// node_modules/prom-client/lib/metrics/helpers/processMetricsHelpers.js
var require_processMetricsHelpers = __commonJS({
  "node_modules/prom-client/lib/metrics/helpers/processMetricsHelpers.js"(exports, module) {
    "use strict";
    function aggregateByObjectName(list3) {
      const data = {};
      for (let i = 0; i < list3.length; i++) {
        const listElement = list3[i];
        if (!listElement || typeof listElement.constructor === "undefined") {
          continue;
        }
        if (Object.hasOwnProperty.call(data, listElement.constructor.name)) {
          data[listElement.constructor.name] += 1;
        } else {
          data[listElement.constructor.name] = 1;
        }
      }
      return data;
    }
    function updateMetrics(gauge, data, labels) {
      gauge.reset();
      for (const key in data) {
        gauge.set(Object.assign({ type: key }, labels || {}), data[key]);
      }
    }
    module.exports = {
      aggregateByObjectName,
      updateMetrics
    };
  }
});

// node_modules/prom-client/lib/metrics/processHandles.js
var require_processHandles = __commonJS({
  "node_modules/prom-client/lib/metrics/processHandles.js"(exports, module) {
    "use strict";
    var { aggregateByObjectName } = require_processMetricsHelpers();
    var { updateMetrics } = require_processMetricsHelpers();
    var Gauge = require_gauge();
    var NODEJS_ACTIVE_HANDLES = "nodejs_active_handles";
    var NODEJS_ACTIVE_HANDLES_TOTAL = "nodejs_active_handles_total";
    module.exports = (registry, config = {}) => {
      if (typeof process._getActiveHandles !== "function") {
        return;
      }
      const registers = registry ? [registry] : void 0;
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge({
        name: namePrefix + NODEJS_ACTIVE_HANDLES,
        help: "Number of active libuv handles grouped by handle type. Every handle type is C++ class name.",
        labelNames: ["type", ...labelNames],
        registers,
        collect() {
          const handles = process._getActiveHandles();
          updateMetrics(this, aggregateByObjectName(handles), labels);
        }
      });
      new Gauge({
        name: namePrefix + NODEJS_ACTIVE_HANDLES_TOTAL,
        help: "Total number of active handles.",
        registers,
        labelNames,
        collect() {
          const handles = process._getActiveHandles();
          this.set(labels, handles.length);
        }
      });
    };
    module.exports.metricNames = [
      NODEJS_ACTIVE_HANDLES,
      NODEJS_ACTIVE_HANDLES_TOTAL
    ];
  }
});

// node_modules/prom-client/lib/metrics/processRequests.js
var require_processRequests = __commonJS({
  "node_modules/prom-client/lib/metrics/processRequests.js"(exports, module) {
    "use strict";
    var Gauge = require_gauge();
    var { aggregateByObjectName } = require_processMetricsHelpers();
    var { updateMetrics } = require_processMetricsHelpers();
    var NODEJS_ACTIVE_REQUESTS = "nodejs_active_requests";
    var NODEJS_ACTIVE_REQUESTS_TOTAL = "nodejs_active_requests_total";
    module.exports = (registry, config = {}) => {
      if (typeof process._getActiveRequests !== "function") {
        return;
      }
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge({
        name: namePrefix + NODEJS_ACTIVE_REQUESTS,
        help: "Number of active libuv requests grouped by request type. Every request type is C++ class name.",
        labelNames: ["type", ...labelNames],
        registers: registry ? [registry] : void 0,
        collect() {
          const requests = process._getActiveRequests();
          updateMetrics(this, aggregateByObjectName(requests), labels);
        }
      });
      new Gauge({
        name: namePrefix + NODEJS_ACTIVE_REQUESTS_TOTAL,
        help: "Total number of active requests.",
        registers: registry ? [registry] : void 0,
        labelNames,
        collect() {
          const requests = process._getActiveRequests();
          this.set(labels, requests.length);
        }
      });
    };
    module.exports.metricNames = [
      NODEJS_ACTIVE_REQUESTS,
      NODEJS_ACTIVE_REQUESTS_TOTAL
    ];
  }
});

// node_modules/prom-client/lib/metrics/processResources.js
var require_processResources = __commonJS({
  "node_modules/prom-client/lib/metrics/processResources.js"(exports, module) {
    "use strict";
    var Gauge = require_gauge();
    var { updateMetrics } = require_processMetricsHelpers();
    var NODEJS_ACTIVE_RESOURCES = "nodejs_active_resources";
    var NODEJS_ACTIVE_RESOURCES_TOTAL = "nodejs_active_resources_total";
    module.exports = (registry, config = {}) => {
      if (typeof process.getActiveResourcesInfo !== "function") {
        return;
      }
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge({
        name: namePrefix + NODEJS_ACTIVE_RESOURCES,
        help: "Number of active resources that are currently keeping the event loop alive, grouped by async resource type.",
        labelNames: ["type", ...labelNames],
        registers: registry ? [registry] : void 0,
        collect() {
          const resources = process.getActiveResourcesInfo();
          const data = {};
          for (let i = 0; i < resources.length; i++) {
            const resource = resources[i];
            if (Object.hasOwn(data, resource)) {
              data[resource] += 1;
            } else {
              data[resource] = 1;
            }
          }
          updateMetrics(this, data, labels);
        }
      });
      new Gauge({
        name: namePrefix + NODEJS_ACTIVE_RESOURCES_TOTAL,
        help: "Total number of active resources.",
        registers: registry ? [registry] : void 0,
        labelNames,
        collect() {
          const resources = process.getActiveResourcesInfo();
          this.set(labels, resources.length);
        }
      });
    };
    module.exports.metricNames = [
      NODEJS_ACTIVE_RESOURCES,
      NODEJS_ACTIVE_RESOURCES_TOTAL
    ];
  }
});

// node_modules/prom-client/lib/metrics/heapSizeAndUsed.js
var require_heapSizeAndUsed = __commonJS({
  "node_modules/prom-client/lib/metrics/heapSizeAndUsed.js"(exports, module) {
    "use strict";
    var Gauge = require_gauge();
    var safeMemoryUsage = require_safeMemoryUsage();
    var NODEJS_HEAP_SIZE_TOTAL = "nodejs_heap_size_total_bytes";
    var NODEJS_HEAP_SIZE_USED = "nodejs_heap_size_used_bytes";
    var NODEJS_EXTERNAL_MEMORY = "nodejs_external_memory_bytes";
    module.exports = (registry, config = {}) => {
      if (typeof process.memoryUsage !== "function") {
        return;
      }
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      const registers = registry ? [registry] : void 0;
      const namePrefix = config.prefix ? config.prefix : "";
      const collect = () => {
        const memUsage = safeMemoryUsage();
        if (memUsage) {
          heapSizeTotal.set(labels, memUsage.heapTotal);
          heapSizeUsed.set(labels, memUsage.heapUsed);
          if (memUsage.external !== void 0) {
            externalMemUsed.set(labels, memUsage.external);
          }
        }
      };
      const heapSizeTotal = new Gauge({
        name: namePrefix + NODEJS_HEAP_SIZE_TOTAL,
        help: "Process heap size from Node.js in bytes.",
        registers,
        labelNames,
        // Use this one metric's `collect` to set all metrics' values.
        collect
      });
      const heapSizeUsed = new Gauge({
        name: namePrefix + NODEJS_HEAP_SIZE_USED,
        help: "Process heap size used from Node.js in bytes.",
        registers,
        labelNames
      });
      const externalMemUsed = new Gauge({
        name: namePrefix + NODEJS_EXTERNAL_MEMORY,
        help: "Node.js external memory size in bytes.",
        registers,
        labelNames
      });
    };
    module.exports.metricNames = [
      NODEJS_HEAP_SIZE_TOTAL,
      NODEJS_HEAP_SIZE_USED,
      NODEJS_EXTERNAL_MEMORY
    ];
  }
});

// node_modules/prom-client/lib/metrics/heapSpacesSizeAndUsed.js
var require_heapSpacesSizeAndUsed = __commonJS({
  "node_modules/prom-client/lib/metrics/heapSpacesSizeAndUsed.js"(exports, module) {
    "use strict";
    var Gauge = require_gauge();
    var v8 = __require("v8");
    var METRICS = ["total", "used", "available"];
    var NODEJS_HEAP_SIZE = {};
    METRICS.forEach((metricType) => {
      NODEJS_HEAP_SIZE[metricType] = `nodejs_heap_space_size_${metricType}_bytes`;
    });
    module.exports = (registry, config = {}) => {
      try {
        v8.getHeapSpaceStatistics();
      } catch (e) {
        if (e.code === "ERR_NOT_IMPLEMENTED") {
          return;
        }
        throw e;
      }
      const registers = registry ? [registry] : void 0;
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = ["space", ...Object.keys(labels)];
      const gauges = {};
      METRICS.forEach((metricType) => {
        gauges[metricType] = new Gauge({
          name: namePrefix + NODEJS_HEAP_SIZE[metricType],
          help: `Process heap space size ${metricType} from Node.js in bytes.`,
          labelNames,
          registers
        });
      });
      gauges.total.collect = () => {
        for (const space of v8.getHeapSpaceStatistics()) {
          const spaceName = space.space_name.substr(
            0,
            space.space_name.indexOf("_space")
          );
          gauges.total.set({ space: spaceName, ...labels }, space.space_size);
          gauges.used.set({ space: spaceName, ...labels }, space.space_used_size);
          gauges.available.set(
            { space: spaceName, ...labels },
            space.space_available_size
          );
        }
      };
    };
    module.exports.metricNames = Object.values(NODEJS_HEAP_SIZE);
  }
});

// node_modules/prom-client/lib/metrics/version.js
var require_version2 = __commonJS({
  "node_modules/prom-client/lib/metrics/version.js"(exports, module) {
    "use strict";
    var Gauge = require_gauge();
    var version = process.version;
    var versionSegments = version.slice(1).split(".").map(Number);
    var NODE_VERSION_INFO = "nodejs_version_info";
    module.exports = (registry, config = {}) => {
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      new Gauge({
        name: namePrefix + NODE_VERSION_INFO,
        help: "Node.js version info.",
        labelNames: ["version", "major", "minor", "patch", ...labelNames],
        registers: registry ? [registry] : void 0,
        aggregator: "first",
        collect() {
          this.labels(
            version,
            versionSegments[0],
            versionSegments[1],
            versionSegments[2],
            ...Object.values(labels)
          ).set(1);
        }
      });
    };
    module.exports.metricNames = [NODE_VERSION_INFO];
  }
});

// node_modules/prom-client/lib/metrics/gc.js
var require_gc = __commonJS({
  "node_modules/prom-client/lib/metrics/gc.js"(exports, module) {
    "use strict";
    var Histogram2 = require_histogram();
    var perf_hooks;
    try {
      perf_hooks = __require("perf_hooks");
    } catch {
    }
    var NODEJS_GC_DURATION_SECONDS = "nodejs_gc_duration_seconds";
    var DEFAULT_GC_DURATION_BUCKETS = [1e-3, 0.01, 0.1, 1, 2, 5];
    var kinds = [];
    if (perf_hooks && perf_hooks.constants) {
      kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_MAJOR] = "major";
      kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_MINOR] = "minor";
      kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_INCREMENTAL] = "incremental";
      kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_WEAKCB] = "weakcb";
    }
    module.exports = (registry, config = {}) => {
      if (!perf_hooks) {
        return;
      }
      const namePrefix = config.prefix ? config.prefix : "";
      const labels = config.labels ? config.labels : {};
      const labelNames = Object.keys(labels);
      const buckets = config.gcDurationBuckets ? config.gcDurationBuckets : DEFAULT_GC_DURATION_BUCKETS;
      const gcHistogram = new Histogram2({
        name: namePrefix + NODEJS_GC_DURATION_SECONDS,
        help: "Garbage collection duration by kind, one of major, minor, incremental or weakcb.",
        labelNames: ["kind", ...labelNames],
        enableExemplars: false,
        buckets,
        registers: registry ? [registry] : void 0
      });
      const obs = new perf_hooks.PerformanceObserver((list3) => {
        const entry = list3.getEntries()[0];
        const kind = entry.detail ? kinds[entry.detail.kind] : kinds[entry.kind];
        gcHistogram.observe(Object.assign({ kind }, labels), entry.duration / 1e3);
      });
      obs.observe({ entryTypes: ["gc"] });
    };
    module.exports.metricNames = [NODEJS_GC_DURATION_SECONDS];
  }
});

// node_modules/prom-client/lib/defaultMetrics.js
var require_defaultMetrics = __commonJS({
  "node_modules/prom-client/lib/defaultMetrics.js"(exports, module) {
    "use strict";
    var { isObject: isObject2 } = require_util();
    var processCpuTotal = require_processCpuTotal();
    var processStartTime = require_processStartTime();
    var osMemoryHeap = require_osMemoryHeap();
    var processOpenFileDescriptors = require_processOpenFileDescriptors();
    var processMaxFileDescriptors = require_processMaxFileDescriptors();
    var eventLoopLag = require_eventLoopLag();
    var processHandles = require_processHandles();
    var processRequests = require_processRequests();
    var processResources = require_processResources();
    var heapSizeAndUsed = require_heapSizeAndUsed();
    var heapSpacesSizeAndUsed = require_heapSpacesSizeAndUsed();
    var version = require_version2();
    var gc = require_gc();
    var metrics = {
      processCpuTotal,
      processStartTime,
      osMemoryHeap,
      processOpenFileDescriptors,
      processMaxFileDescriptors,
      eventLoopLag,
      ...typeof process.getActiveResourcesInfo === "function" ? { processResources } : {},
      processHandles,
      processRequests,
      heapSizeAndUsed,
      heapSpacesSizeAndUsed,
      version,
      gc
    };
    var metricsList = Object.keys(metrics);
    module.exports = function collectDefaultMetrics(config) {
      if (config !== null && config !== void 0 && !isObject2(config)) {
        throw new TypeError("config must be null, undefined, or an object");
      }
      config = { eventLoopMonitoringPrecision: 10, ...config };
      for (const metric of Object.values(metrics)) {
        metric(config.register, config);
      }
    };
    module.exports.metricsList = metricsList;
  }
});

// node_modules/prom-client/lib/metricAggregators.js
var require_metricAggregators = __commonJS({
  "node_modules/prom-client/lib/metricAggregators.js"(exports) {
    "use strict";
    var { Grouper, hashObject } = require_util();
    function AggregatorFactory(aggregatorFn) {
      return (metrics) => {
        if (metrics.length === 0) return;
        const result = {
          help: metrics[0].help,
          name: metrics[0].name,
          type: metrics[0].type,
          values: [],
          aggregator: metrics[0].aggregator
        };
        const byLabels = new Grouper();
        metrics.forEach((metric) => {
          metric.values.forEach((value) => {
            const key = hashObject(value.labels);
            byLabels.add(`${value.metricName}_${key}`, value);
          });
        });
        byLabels.forEach((values) => {
          if (values.length === 0) return;
          const valObj = {
            value: aggregatorFn(values),
            labels: values[0].labels
          };
          if (values[0].metricName) {
            valObj.metricName = values[0].metricName;
          }
          result.values.push(valObj);
        });
        return result;
      };
    }
    exports.AggregatorFactory = AggregatorFactory;
    exports.aggregators = {
      /**
       * @return The sum of values.
       */
      sum: AggregatorFactory((v) => v.reduce((p, c) => p + c.value, 0)),
      /**
       * @return The first value.
       */
      first: AggregatorFactory((v) => v[0].value),
      /**
       * @return {undefined} Undefined; omits the metric.
       */
      omit: () => {
      },
      /**
       * @return The arithmetic mean of the values.
       */
      average: AggregatorFactory(
        (v) => v.reduce((p, c) => p + c.value, 0) / v.length
      ),
      /**
       * @return The minimum of the values.
       */
      min: AggregatorFactory(
        (v) => v.reduce((p, c) => Math.min(p, c.value), Infinity)
      ),
      /**
       * @return The maximum of the values.
       */
      max: AggregatorFactory(
        (v) => v.reduce((p, c) => Math.max(p, c.value), -Infinity)
      )
    };
  }
});

// node_modules/prom-client/lib/cluster.js
var require_cluster = __commonJS({
  "node_modules/prom-client/lib/cluster.js"(exports, module) {
    "use strict";
    var Registry2 = require_registry();
    var { Grouper } = require_util();
    var { aggregators } = require_metricAggregators();
    var cluster = () => {
      const data = __require("cluster");
      cluster = () => data;
      return data;
    };
    var GET_METRICS_REQ = "prom-client:getMetricsReq";
    var GET_METRICS_RES = "prom-client:getMetricsRes";
    var registries = [Registry2.globalRegistry];
    var requestCtr = 0;
    var listenersAdded = false;
    var requests = /* @__PURE__ */ new Map();
    var AggregatorRegistry = class extends Registry2 {
      constructor(regContentType = Registry2.PROMETHEUS_CONTENT_TYPE) {
        super(regContentType);
        addListeners();
      }
      /**
       * Gets aggregated metrics for all workers. The optional callback and
       * returned Promise resolve with the same value; either may be used.
       * @return {Promise<string>} Promise that resolves with the aggregated
       *   metrics.
       */
      clusterMetrics() {
        const requestId = requestCtr++;
        return new Promise((resolve, reject) => {
          let settled = false;
          function done(err, result) {
            if (settled) return;
            settled = true;
            if (err) reject(err);
            else resolve(result);
          }
          const request3 = {
            responses: [],
            pending: 0,
            done,
            errorTimeout: setTimeout(() => {
              const err = new Error("Operation timed out.");
              request3.done(err);
            }, 5e3)
          };
          requests.set(requestId, request3);
          const message = {
            type: GET_METRICS_REQ,
            requestId
          };
          for (const id in cluster().workers) {
            if (cluster().workers[id].isConnected()) {
              cluster().workers[id].send(message);
              request3.pending++;
            }
          }
          if (request3.pending === 0) {
            clearTimeout(request3.errorTimeout);
            process.nextTick(() => done(null, ""));
          }
        });
      }
      get contentType() {
        return super.contentType;
      }
      /**
       * Creates a new Registry instance from an array of metrics that were
       * created by `registry.getMetricsAsJSON()`. Metrics are aggregated using
       * the method specified by their `aggregator` property, or by summation if
       * `aggregator` is undefined.
       * @param {Array} metricsArr Array of metrics, each of which created by
       *   `registry.getMetricsAsJSON()`.
       * @param {string} registryType content type of the new registry. Defaults
       * to PROMETHEUS_CONTENT_TYPE.
       * @return {Registry} aggregated registry.
       */
      static aggregate(metricsArr, registryType = Registry2.PROMETHEUS_CONTENT_TYPE) {
        const aggregatedRegistry = new Registry2();
        const metricsByName = new Grouper();
        aggregatedRegistry.setContentType(registryType);
        metricsArr.forEach((metrics) => {
          metrics.forEach((metric) => {
            metricsByName.add(metric.name, metric);
          });
        });
        metricsByName.forEach((metrics) => {
          const aggregatorName = metrics[0].aggregator;
          const aggregatorFn = aggregators[aggregatorName];
          if (typeof aggregatorFn !== "function") {
            throw new Error(`'${aggregatorName}' is not a defined aggregator.`);
          }
          const aggregatedMetric = aggregatorFn(metrics);
          if (aggregatedMetric) {
            const aggregatedMetricWrapper = Object.assign(
              {
                get: () => aggregatedMetric
              },
              aggregatedMetric
            );
            aggregatedRegistry.registerMetric(aggregatedMetricWrapper);
          }
        });
        return aggregatedRegistry;
      }
      /**
       * Sets the registry or registries to be aggregated. Call from workers to
       * use a registry/registries other than the default global registry.
       * @param {Array<Registry>|Registry} regs Registry or registries to be
       *   aggregated.
       * @return {void}
       */
      static setRegistries(regs) {
        if (!Array.isArray(regs)) regs = [regs];
        regs.forEach((reg) => {
          if (!(reg instanceof Registry2)) {
            throw new TypeError(`Expected Registry, got ${typeof reg}`);
          }
        });
        registries = regs;
      }
    };
    function addListeners() {
      if (listenersAdded) return;
      listenersAdded = true;
      if (cluster().isMaster) {
        cluster().on("message", (worker, message) => {
          if (message.type === GET_METRICS_RES) {
            const request3 = requests.get(message.requestId);
            if (message.error) {
              request3.done(new Error(message.error));
              return;
            }
            message.metrics.forEach((registry) => request3.responses.push(registry));
            request3.pending--;
            if (request3.pending === 0) {
              requests.delete(message.requestId);
              clearTimeout(request3.errorTimeout);
              const registry = AggregatorRegistry.aggregate(request3.responses);
              const promString = registry.metrics();
              request3.done(null, promString);
            }
          }
        });
      }
      if (cluster().isWorker) {
        process.on("message", (message) => {
          if (message.type === GET_METRICS_REQ) {
            Promise.all(registries.map((r) => r.getMetricsAsJSON())).then((metrics) => {
              process.send({
                type: GET_METRICS_RES,
                requestId: message.requestId,
                metrics
              });
            }).catch((error) => {
              process.send({
                type: GET_METRICS_RES,
                requestId: message.requestId,
                error: error.message
              });
            });
          }
        });
      }
    }
    module.exports = AggregatorRegistry;
  }
});

// node_modules/prom-client/index.js
var require_prom_client = __commonJS({
  "node_modules/prom-client/index.js"(exports) {
    "use strict";
    exports.register = require_registry().globalRegistry;
    exports.Registry = require_registry();
    Object.defineProperty(exports, "contentType", {
      configurable: false,
      enumerable: true,
      get() {
        return exports.register.contentType;
      },
      set(value) {
        exports.register.setContentType(value);
      }
    });
    exports.prometheusContentType = exports.Registry.PROMETHEUS_CONTENT_TYPE;
    exports.openMetricsContentType = exports.Registry.OPENMETRICS_CONTENT_TYPE;
    exports.validateMetricName = require_validation().validateMetricName;
    exports.Counter = require_counter();
    exports.Gauge = require_gauge();
    exports.Histogram = require_histogram();
    exports.Summary = require_summary();
    exports.Pushgateway = require_pushgateway();
    exports.linearBuckets = require_bucketGenerators().linearBuckets;
    exports.exponentialBuckets = require_bucketGenerators().exponentialBuckets;
    exports.collectDefaultMetrics = require_defaultMetrics();
    exports.aggregators = require_metricAggregators().aggregators;
    exports.AggregatorRegistry = require_cluster();
  }
});

// src/simulator/index.ts
import { randomBytes as randomBytes4 } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { rm as rm2, writeFile } from "node:fs/promises";
import { createServer as createServer3 } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join2 } from "node:path";

// src/simulator/api.ts
import { randomBytes } from "node:crypto";

// src/simulator/resources.ts
var core = (plural, kind, shortNames, namespaced = true, sub = []) => ({
  group: "",
  version: "v1",
  plural,
  singular: kind.toLowerCase(),
  kind,
  namespaced,
  shortNames,
  subresources: sub
});
var apps = (plural, kind, shortNames, sub) => ({
  group: "apps",
  version: "v1",
  plural,
  singular: kind.toLowerCase(),
  kind,
  namespaced: true,
  shortNames,
  subresources: sub,
  categories: plural === "controllerrevisions" ? void 0 : ["all"],
  generation: plural !== "controllerrevisions"
});
var RESOURCES = [
  core("namespaces", "Namespace", ["ns"], false, ["status"]),
  core("pods", "Pod", ["po"], true, ["status", "log"]),
  core("services", "Service", ["svc"], true, ["status"]),
  core("configmaps", "ConfigMap", ["cm"]),
  core("secrets", "Secret", []),
  core("serviceaccounts", "ServiceAccount", ["sa"]),
  core("events", "Event", ["ev"]),
  core("endpoints", "Endpoints", ["ep"]),
  core("nodes", "Node", ["no"], false, ["status"]),
  apps("deployments", "Deployment", ["deploy"], ["status", "scale"]),
  apps("replicasets", "ReplicaSet", ["rs"], ["status", "scale"]),
  apps("statefulsets", "StatefulSet", ["sts"], ["status", "scale"]),
  apps("daemonsets", "DaemonSet", ["ds"], ["status"]),
  apps("controllerrevisions", "ControllerRevision", [], [])
];
for (const r of RESOURCES) if (["pods", "services"].includes(r.plural)) r.categories = ["all"];
var apiVersionOf = (r) => r.group ? `${r.group}/${r.version}` : r.version;
var keyOf = (r) => `${r.group}/${r.plural}`;
var qualifiedName = (r) => r.group ? `${r.plural}.${r.group}` : r.plural;
function findResource(group2, version, plural) {
  return RESOURCES.find((r) => r.group === group2 && r.version === version && r.plural === plural);
}
function resourceByPlural(plural) {
  const found = RESOURCES.find((r) => r.plural === plural);
  if (!found) throw new Error(`unknown resource ${plural}`);
  return found;
}
var GROUPS = [{ name: "apps", version: "v1" }];

// src/simulator/api-error.ts
var ApiError = class extends Error {
  constructor(code, reason, message, details) {
    super(message);
    this.code = code;
    this.reason = reason;
    this.details = details;
  }
  code;
  reason;
  details;
  toStatus() {
    return {
      kind: "Status",
      apiVersion: "v1",
      metadata: {},
      status: "Failure",
      message: this.message,
      ...this.reason ? { reason: this.reason } : {},
      ...this.details ? { details: this.details } : {},
      code: this.code
    };
  }
};
var detail = (r, name2) => ({ name: name2, ...r.group ? { group: r.group } : {}, kind: r.plural });
var notFound = (r, name2) => new ApiError(404, "NotFound", `${qualifiedName(r)} "${name2}" not found`, detail(r, name2));
var alreadyExists = (r, name2) => new ApiError(409, "AlreadyExists", `${qualifiedName(r)} "${name2}" already exists`, detail(r, name2));
var conflict = (r, name2, why = "the object has been modified; please apply your changes to the latest version and try again") => new ApiError(
  409,
  "Conflict",
  `Operation cannot be fulfilled on ${qualifiedName(r)} "${name2}": ${why}`,
  detail(r, name2)
);
var badRequest = (message) => new ApiError(400, "BadRequest", message);
function invalid(r, name2, causes) {
  const kind = r.group ? `${r.kind}.${r.group}` : r.kind;
  const text = causes.map((c) => `${c.field}: ${c.message}`);
  const summary = text.length === 1 ? text[0] : `[${text.join(", ")}]`;
  return new ApiError(422, "Invalid", `${kind} "${name2}" is invalid: ${summary}`, {
    name: name2,
    ...r.group ? { group: r.group } : {},
    kind: r.kind,
    causes: causes.map((c) => ({ reason: c.reason ?? c.type, message: c.message, field: c.field }))
  });
}
function asApiError(err) {
  if (err instanceof ApiError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new ApiError(500, "InternalError", `Internal error occurred: ${message}`);
}

// src/simulator/types.ts
var metaOf = (o) => o.metadata;
function clone(value) {
  return value === void 0 ? value : JSON.parse(JSON.stringify(value));
}
function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b;
    return a.length === bb.length && a.every((v, i) => deepEqual(v, bb[i]));
  }
  const ao = a;
  const bo = b;
  const ak = Object.keys(ao).filter((k) => ao[k] !== void 0);
  const bk = Object.keys(bo).filter((k) => bo[k] !== void 0);
  return ak.length === bk.length && ak.every((k) => deepEqual(ao[k], bo[k]));
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var nowTime = () => (/* @__PURE__ */ new Date()).toISOString().replace(/\.\d+Z$/, "Z");

// src/simulator/patch.ts
var unprocessable = (message) => new ApiError(422, "Invalid", message);
function pointer(path) {
  if (path === "") return [];
  if (!path.startsWith("/")) throw unprocessable(`invalid JSON pointer "${path}"`);
  return path.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function parentOf(doc, segs, path) {
  let cur = doc;
  for (const seg of segs.slice(0, -1)) {
    cur = Array.isArray(cur) ? cur[Number(seg)] : isObject(cur) ? cur[seg] : void 0;
    if (cur === void 0) throw unprocessable(`doc is missing path: "${path}": missing value`);
  }
  if (!isObject(cur) && !Array.isArray(cur)) throw unprocessable(`doc is missing path: "${path}": missing value`);
  return { parent: cur, key: segs[segs.length - 1] };
}
function getAt(doc, path) {
  let cur = doc;
  for (const seg of pointer(path)) {
    cur = Array.isArray(cur) ? cur[Number(seg)] : isObject(cur) ? cur[seg] : void 0;
    if (cur === void 0) throw unprocessable(`doc is missing path: "${path}": missing value`);
  }
  return cur;
}
function arrayIndex(arr, key, forAdd, path) {
  if (forAdd && key === "-") return arr.length;
  const i = Number(key);
  if (!/^\d+$/.test(key) || i > arr.length || !forAdd && i >= arr.length)
    throw unprocessable(`Unable to access invalid index: ${key} (path "${path}")`);
  return i;
}
function addAt(doc, path, value) {
  const segs = pointer(path);
  if (!segs.length) return clone(value);
  const { parent, key } = parentOf(doc, segs, path);
  if (Array.isArray(parent)) parent.splice(arrayIndex(parent, key, true, path), 0, clone(value));
  else parent[key] = clone(value);
  return doc;
}
function removeAt(doc, path) {
  const segs = pointer(path);
  const { parent, key } = parentOf(doc, segs, path);
  if (Array.isArray(parent)) parent.splice(arrayIndex(parent, key, false, path), 1);
  else if (key in parent) delete parent[key];
  else throw unprocessable(`doc is missing path: "${path}": missing value`);
  return doc;
}
function applyJsonPatch(target, ops) {
  if (!Array.isArray(ops)) throw badRequest("json: cannot unmarshal object into Go value of type jsonpatch.Patch");
  let doc = clone(target);
  for (const op of ops) {
    if (!isObject(op) || typeof op.op !== "string" || typeof op.path !== "string")
      throw badRequest('invalid JSON patch operation: missing "op" or "path"');
    switch (op.op) {
      case "add":
        doc = addAt(doc, op.path, op.value);
        break;
      case "remove":
        doc = removeAt(doc, op.path);
        break;
      case "replace":
        getAt(doc, op.path);
        doc = addAt(removeAt(doc, op.path), op.path, op.value);
        break;
      case "move": {
        const v = getAt(doc, op.from);
        doc = addAt(removeAt(doc, op.from), op.path, v);
        break;
      }
      case "copy":
        doc = addAt(doc, op.path, getAt(doc, op.from));
        break;
      case "test":
        if (!deepEqual(getAt(doc, op.path), op.value))
          throw unprocessable(`testing value ${op.path} failed: test failed`);
        break;
      default:
        throw badRequest(`Unexpected kind: ${op.op}`);
    }
  }
  if (!isObject(doc)) throw unprocessable("patched object is not a JSON object");
  return doc;
}
function applyMergePatch(target, patch2) {
  if (!isObject(patch2)) return clone(patch2);
  const out = isObject(target) ? clone(target) : {};
  for (const [k, v] of Object.entries(patch2)) {
    if (v === null) delete out[k];
    else out[k] = applyMergePatch(out[k], v);
  }
  return out;
}
function mergeKeyFor(field, items) {
  switch (field) {
    case "containers":
    case "initContainers":
    case "ephemeralContainers":
    case "env":
    case "volumes":
    case "imagePullSecrets":
    case "containerStatuses":
    case "initContainerStatuses":
      return "name";
    case "volumeMounts":
      return "mountPath";
    case "volumeDevices":
      return "devicePath";
    case "conditions":
      return "type";
    case "ownerReferences":
      return "uid";
    case "hostAliases":
      return "ip";
    case "topologySpreadConstraints":
      return "topologyKey";
    case "ports":
      return items.some((i) => isObject(i) && "containerPort" in i) ? "containerPort" : "port";
    default:
      return void 0;
  }
}
var SET_LISTS = /* @__PURE__ */ new Set(["finalizers"]);
function mergeKeyedList(live, patch2, key, field) {
  const out = clone(live);
  for (const item of patch2) {
    if (!isObject(item)) continue;
    const idx = out.findIndex((o) => isObject(o) && o[key] === item[key]);
    if (item.$patch === "delete") {
      if (idx >= 0) out.splice(idx, 1);
      continue;
    }
    if (item.$patch === "replace") {
      const rest = { ...item };
      delete rest.$patch;
      if (idx >= 0) out[idx] = rest;
      else out.push(rest);
      continue;
    }
    if (idx >= 0) out[idx] = strategicMerge(out[idx], item);
    else out.push(strategicMerge({}, item));
  }
  void field;
  return out;
}
function applyDirectives(out, patch2) {
  for (const [k, v] of Object.entries(patch2)) {
    if (k.startsWith("$deleteFromPrimitiveList/")) {
      const f = k.slice("$deleteFromPrimitiveList/".length);
      if (Array.isArray(out[f])) out[f] = out[f].filter((x) => !v.some((d) => deepEqual(d, x)));
    }
  }
  for (const [k, v] of Object.entries(patch2)) {
    if (!k.startsWith("$setElementOrder/")) continue;
    const f = k.slice("$setElementOrder/".length);
    const list3 = out[f];
    if (!Array.isArray(list3) || !Array.isArray(v)) continue;
    const key = mergeKeyFor(f, list3);
    const pos = (x) => v.findIndex((o) => key && isObject(o) && isObject(x) ? o[key] === x[key] : deepEqual(o, x));
    out[f] = [...list3].sort((a, b) => {
      const pa = pos(a);
      const pb = pos(b);
      return (pa < 0 ? Infinity : pa) - (pb < 0 ? Infinity : pb);
    });
  }
}
function strategicMerge(live, patch2) {
  if (!isObject(patch2)) return clone(patch2);
  if (patch2.$patch === "replace") {
    const rest = { ...patch2 };
    delete rest.$patch;
    return clone(rest);
  }
  if (patch2.$patch === "delete") return void 0;
  let out = isObject(live) ? clone(live) : {};
  if (Array.isArray(patch2.$retainKeys)) {
    const keep = new Set(patch2.$retainKeys);
    out = Object.fromEntries(Object.entries(out).filter(([k]) => keep.has(k)));
  }
  for (const [k, v] of Object.entries(patch2)) {
    if (k.startsWith("$")) continue;
    if (v === null) {
      delete out[k];
      continue;
    }
    if (Array.isArray(v)) {
      const key = mergeKeyFor(k, [...v, ...Array.isArray(out[k]) ? out[k] : []]);
      if (key && Array.isArray(out[k])) out[k] = mergeKeyedList(out[k], v, key, k);
      else if (key) out[k] = mergeKeyedList([], v, key, k);
      else if (SET_LISTS.has(k) && Array.isArray(out[k])) out[k] = [.../* @__PURE__ */ new Set([...out[k], ...v])];
      else out[k] = clone(v);
      continue;
    }
    const merged = strategicMerge(out[k], v);
    if (merged === void 0) delete out[k];
    else out[k] = merged;
  }
  applyDirectives(out, patch2);
  return out;
}

// src/simulator/fieldset.ts
var SEP = "";
var joinPath = (segs) => segs.join(SEP);
var splitPath = (path) => path.split(SEP);
var SKIP_META = /* @__PURE__ */ new Set([
  "name",
  "namespace",
  "uid",
  "resourceVersion",
  "generation",
  "creationTimestamp",
  "managedFields",
  "selfLink",
  "deletionTimestamp"
]);
function keyOfItem(item, key) {
  return `k:${JSON.stringify({ [key]: item[key] })}`;
}
function walk(value, segs, out, field) {
  if (Array.isArray(value)) {
    const key = mergeKeyFor(field, value);
    if (key && value.every((i) => isObject(i) && i[key] !== void 0)) {
      for (const item of value) {
        const s = [...segs, keyOfItem(item, key)];
        out.add(joinPath([...s, "."]));
        for (const [k, v] of Object.entries(item)) walk(v, [...s, `f:${k}`], out, k);
      }
    } else if (field === "finalizers") {
      for (const v of value) out.add(joinPath([...segs, `v:${JSON.stringify(v)}`]));
    } else out.add(joinPath(segs));
    return;
  }
  if (isObject(value) && Object.keys(value).length > 0) {
    for (const [k, v] of Object.entries(value)) walk(v, [...segs, `f:${k}`], out, k);
    return;
  }
  out.add(joinPath(segs));
}
function fieldsOf(obj2, withStatus = false) {
  const out = /* @__PURE__ */ new Set();
  for (const [k, v] of Object.entries(obj2)) {
    if (k === "apiVersion" || k === "kind" || k === "status" && !withStatus) continue;
    if (k === "metadata" && isObject(v)) {
      for (const [mk, mv] of Object.entries(v)) if (!SKIP_META.has(mk)) walk(mv, ["f:metadata", `f:${mk}`], out, mk);
      continue;
    }
    walk(v, [`f:${k}`], out, k);
  }
  return out;
}
function valueAt(obj2, path) {
  let cur = obj2;
  for (const seg of splitPath(path)) {
    if (cur === void 0) return void 0;
    if (seg === ".") return cur;
    if (seg.startsWith("f:")) cur = isObject(cur) ? cur[seg.slice(2)] : void 0;
    else if (seg.startsWith("k:")) {
      const want = JSON.parse(seg.slice(2));
      cur = Array.isArray(cur) ? cur.find((i) => isObject(i) && Object.entries(want).every(([k, v]) => i[k] === v)) : void 0;
    } else if (seg.startsWith("v:")) {
      const want = JSON.parse(seg.slice(2));
      cur = Array.isArray(cur) && cur.some((i) => deepEqual(i, want)) ? want : void 0;
    }
  }
  return cur;
}
function removeAt2(obj2, path) {
  const segs = splitPath(path);
  if (segs[segs.length - 1] === ".") segs.pop();
  const last = segs.pop();
  if (!last) return;
  const parent = valueAt(obj2, joinPath(segs.length ? segs : ["."]));
  const container = segs.length ? parent : obj2;
  if (last.startsWith("f:") && isObject(container)) delete container[last.slice(2)];
  else if (Array.isArray(container)) {
    const target = valueAt(container, last);
    const idx = container.indexOf(target);
    if (idx >= 0) container.splice(idx, 1);
  }
}
function toFieldsV1(set) {
  const root = {};
  for (const path of [...set].sort()) {
    let node = root;
    for (const seg of splitPath(path)) node = node[seg] ??= {};
  }
  return root;
}
function fromFieldsV1(tree, prefix = [], out = /* @__PURE__ */ new Set()) {
  for (const [seg, child] of Object.entries(tree ?? {})) {
    const segs = [...prefix, seg];
    if (seg === "." || !isObject(child) || Object.keys(child).length === 0) out.add(joinPath(segs));
    else fromFieldsV1(child, segs, out);
  }
  return out;
}
function describePath(path) {
  return splitPath(path).filter((s) => s !== ".").map((s) => {
    if (s.startsWith("f:")) return `.${s.slice(2)}`;
    if (s.startsWith("k:"))
      return `[${Object.entries(JSON.parse(s.slice(2))).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(",")}]`;
    return `[=${s.slice(2)}]`;
  }).join("");
}
function changedFields(before, after, withStatus = false) {
  const out = /* @__PURE__ */ new Set();
  for (const p of fieldsOf(after, withStatus))
    if (!before || !deepEqual(valueAt(before, p), valueAt(after, p))) out.add(p);
  return out;
}

// src/simulator/apply.ts
function readEntries(obj2) {
  return (obj2?.metadata?.managedFields ?? []).map((m) => ({
    manager: m.manager,
    operation: m.operation,
    apiVersion: m.apiVersion,
    time: m.time,
    subresource: m.subresource,
    set: fromFieldsV1(m.fieldsV1)
  }));
}
function writeEntries(obj2, entries2) {
  const kept = entries2.filter((e) => e.set.size > 0);
  obj2.metadata.managedFields = kept.map((e) => ({
    manager: e.manager,
    operation: e.operation,
    apiVersion: e.apiVersion,
    time: e.time ?? nowTime(),
    fieldsType: "FieldsV1",
    fieldsV1: toFieldsV1(e.set),
    ...e.subresource ? { subresource: e.subresource } : {}
  }));
  if (!kept.length) delete obj2.metadata.managedFields;
}
function recordUpdate(before, after, manager2, withStatus = false) {
  const entries2 = readEntries(before ?? after);
  const changed = changedFields(before, after, withStatus);
  const present = fieldsOf(after, true);
  for (const e of entries2) for (const p of [...e.set]) if (changed.has(p) || !present.has(p)) e.set.delete(p);
  let mine = entries2.find((e) => e.manager === manager2 && e.operation === "Update");
  if (!mine) entries2.push(mine = { manager: manager2, operation: "Update", apiVersion: after.apiVersion, set: /* @__PURE__ */ new Set() });
  for (const p of changed) mine.set.add(p);
  mine.time = nowTime();
  writeEntries(after, entries2);
}
function conflictError(conflicts) {
  const who = (e) => e.operation === "Update" ? `conflict with "${e.manager}" using ${e.apiVersion}` : `conflict with "${e.manager}"`;
  const lines = conflicts.map((c) => `${who(c.entry)}: ${describePath(c.path)}`);
  const n2 = conflicts.length;
  return new ApiError(409, "Conflict", `Apply failed with ${n2} conflict${n2 === 1 ? "" : "s"}: ${lines.join("\n")}`, {
    causes: conflicts.map((c) => ({
      reason: "FieldManagerConflict",
      message: who(c.entry),
      field: describePath(c.path)
    }))
  });
}
function serverSideApply(live, applied, manager2, force) {
  const entries2 = readEntries(live);
  const appliedSet = fieldsOf(applied);
  const conflicts = [];
  for (const e of entries2) {
    if (e.manager === manager2) continue;
    for (const p of e.set) {
      if (appliedSet.has(p) && !p.endsWith(".") && live && !deepEqual(valueAt(live, p), valueAt(applied, p)))
        conflicts.push({ path: p, entry: e });
    }
  }
  if (conflicts.length && !force) throw conflictError(conflicts);
  for (const c of conflicts) c.entry.set.delete(c.path);
  const mine = entries2.find((e) => e.manager === manager2 && e.operation === "Apply");
  const result = strategicMerge(live ? clone(live) : {}, applied);
  for (const p of mine?.set ?? []) {
    if (appliedSet.has(p)) continue;
    if (entries2.some((e) => e !== mine && e.set.has(p))) continue;
    removeAt2(result, p);
  }
  const next = entries2.filter((e) => e !== mine);
  next.push({ manager: manager2, operation: "Apply", apiVersion: applied.apiVersion, set: appliedSet, time: nowTime() });
  result.metadata ??= {};
  writeEntries(result, next);
  return result;
}

// src/simulator/defaults.ts
var listOf = (value) => Array.isArray(value) ? value : [];
function defaultContainer(c) {
  c.terminationMessagePath ??= "/dev/termination-log";
  c.terminationMessagePolicy ??= "File";
  const tag = String(c.image ?? "").split("/").pop() ?? "";
  if (!c.imagePullPolicy)
    c.imagePullPolicy = tag.includes("@") || tag.includes(":") && !tag.endsWith(":latest") ? "IfNotPresent" : "Always";
  c.resources ??= {};
  for (const probe2 of [c.livenessProbe, c.readinessProbe, c.startupProbe]) {
    if (!isObject(probe2)) continue;
    probe2.timeoutSeconds ??= 1;
    probe2.periodSeconds ??= 10;
    probe2.successThreshold ??= 1;
    probe2.failureThreshold ??= 3;
    if (isObject(probe2.httpGet)) probe2.httpGet.scheme ??= "HTTP";
  }
  for (const p of c.ports ?? []) if (isObject(p)) p.protocol ??= "TCP";
}
function defaultPodSpec(spec) {
  if (!isObject(spec)) return;
  const containers2 = [...listOf(spec.containers), ...listOf(spec.initContainers)];
  for (const c of containers2) if (isObject(c)) defaultContainer(c);
  if (!spec.restartPolicy) spec.restartPolicy = "Always";
  spec.terminationGracePeriodSeconds ??= 30;
  if (!spec.dnsPolicy) spec.dnsPolicy = "ClusterFirst";
  spec.securityContext ??= {};
  spec.schedulerName ??= "default-scheduler";
}
function defaultTemplate(spec) {
  spec.template ??= {};
  const template = spec.template;
  template.metadata ??= {};
  template.metadata.creationTimestamp ??= null;
  defaultPodSpec(template.spec);
}
function defaultDeployment(spec) {
  spec.replicas ??= 1;
  spec.strategy ??= { type: "RollingUpdate" };
  const strategy = spec.strategy;
  if (!strategy.type) strategy.type = "RollingUpdate";
  if (strategy.type === "RollingUpdate") {
    strategy.rollingUpdate ??= {};
    const rollingUpdate = strategy.rollingUpdate;
    rollingUpdate.maxUnavailable ??= "25%";
    rollingUpdate.maxSurge ??= "25%";
  }
  spec.revisionHistoryLimit ??= 10;
  spec.progressDeadlineSeconds ??= 600;
}
var nextIp = 1;
var nextNodePort = 0;
function defaultService(spec) {
  if (!spec.type) spec.type = "ClusterIP";
  if (!spec.sessionAffinity) spec.sessionAffinity = "None";
  if (!spec.clusterIP) {
    spec.clusterIP = `10.96.${Math.floor(nextIp / 250)}.${nextIp % 250 + 2}`;
    nextIp++;
  }
  for (const p of spec.ports ?? []) {
    if (!isObject(p)) continue;
    p.protocol ??= "TCP";
    p.targetPort ??= p.port;
    if ((spec.type === "NodePort" || spec.type === "LoadBalancer") && !p.nodePort)
      p.nodePort = 3e4 + nextNodePort++ % 2768;
  }
  if (spec.type === "NodePort" || spec.type === "LoadBalancer") spec.externalTrafficPolicy ??= "Cluster";
}
function applyDefaults(r, obj2) {
  obj2.spec ??= ["deployments", "replicasets", "statefulsets", "daemonsets", "pods", "services", "namespaces"].includes(
    r.plural
  ) ? {} : obj2.spec;
  if (obj2.spec === void 0) delete obj2.spec;
  const spec = obj2.spec;
  switch (r.plural) {
    case "deployments":
      defaultDeployment(spec);
      defaultTemplate(spec);
      break;
    case "replicasets":
      spec.replicas ??= 1;
      defaultTemplate(spec);
      break;
    case "statefulsets":
      spec.replicas ??= 1;
      spec.podManagementPolicy ??= "OrderedReady";
      spec.updateStrategy ??= { type: "RollingUpdate", rollingUpdate: { partition: 0 } };
      spec.revisionHistoryLimit ??= 10;
      defaultTemplate(spec);
      break;
    case "daemonsets":
      spec.updateStrategy ??= { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 1 } };
      spec.revisionHistoryLimit ??= 10;
      defaultTemplate(spec);
      break;
    case "pods":
      defaultPodSpec(spec);
      break;
    case "services":
      defaultService(spec);
      break;
    case "namespaces":
      spec.finalizers ??= ["kubernetes"];
      break;
    case "secrets":
      obj2.type ??= "Opaque";
      break;
  }
}

// src/simulator/schema.ts
var list = (s) => Object.fromEntries(s.split(" ").map((f) => [f, ""]));
var TOP = { apiVersion: "", kind: "", metadata: "ObjectMeta" };
var T = {
  ObjectMeta: {
    ...list(
      "name generateName namespace selfLink uid resourceVersion generation creationTimestamp deletionTimestamp deletionGracePeriodSeconds ownerReferences finalizers managedFields clusterName"
    ),
    labels: "map",
    annotations: "map"
  },
  PodTemplateSpec: { metadata: "ObjectMeta", spec: "PodSpec" },
  PodSpec: {
    ...list(
      "volumes ephemeralContainers restartPolicy terminationGracePeriodSeconds activeDeadlineSeconds dnsPolicy nodeSelector serviceAccountName serviceAccount automountServiceAccountToken nodeName hostNetwork hostPID hostIPC shareProcessNamespace securityContext imagePullSecrets hostname subdomain affinity schedulerName tolerations hostAliases priorityClassName priority dnsConfig readinessGates runtimeClassName enableServiceLinks preemptionPolicy overhead topologySpreadConstraints setHostnameAsFQDN os hostUsers schedulingGates resourceClaims resources"
    ),
    containers: "Container[]",
    initContainers: "Container[]"
  },
  Container: list(
    "name image command args workingDir ports envFrom env resources resizePolicy restartPolicy volumeMounts volumeDevices livenessProbe readinessProbe startupProbe lifecycle terminationMessagePath terminationMessagePolicy imagePullPolicy securityContext stdin stdinOnce tty"
  ),
  DeploymentSpec: {
    ...list("replicas selector strategy minReadySeconds revisionHistoryLimit paused progressDeadlineSeconds"),
    template: "PodTemplateSpec"
  },
  ReplicaSetSpec: { ...list("replicas minReadySeconds selector"), template: "PodTemplateSpec" },
  StatefulSetSpec: {
    ...list(
      "replicas selector volumeClaimTemplates serviceName podManagementPolicy updateStrategy revisionHistoryLimit minReadySeconds persistentVolumeClaimRetentionPolicy ordinals"
    ),
    template: "PodTemplateSpec"
  },
  DaemonSetSpec: {
    ...list("selector updateStrategy minReadySeconds revisionHistoryLimit"),
    template: "PodTemplateSpec"
  },
  ServiceSpec: list(
    "ports selector clusterIP clusterIPs type externalIPs sessionAffinity loadBalancerIP loadBalancerSourceRanges externalName externalTrafficPolicy healthCheckNodePort publishNotReadyAddresses sessionAffinityConfig ipFamilies ipFamilyPolicy allocateLoadBalancerNodePorts loadBalancerClass internalTrafficPolicy trafficDistribution"
  ),
  Deployment: { ...TOP, spec: "DeploymentSpec", status: "" },
  ReplicaSet: { ...TOP, spec: "ReplicaSetSpec", status: "" },
  StatefulSet: { ...TOP, spec: "StatefulSetSpec", status: "" },
  DaemonSet: { ...TOP, spec: "DaemonSetSpec", status: "" },
  Pod: { ...TOP, spec: "PodSpec", status: "" },
  Service: { ...TOP, spec: "ServiceSpec", status: "" },
  ConfigMap: { ...TOP, ...list("data binaryData immutable") },
  Secret: { ...TOP, ...list("data stringData type immutable") },
  Endpoints: { ...TOP, ...list("subsets") },
  ServiceAccount: { ...TOP, ...list("secrets imagePullSecrets automountServiceAccountToken") },
  Namespace: { ...TOP, ...list("spec status") },
  ControllerRevision: { ...TOP, ...list("data revision") }
};
function unknownFields(value, type, path, out) {
  const fields = T[type];
  if (!fields || !isObject(value)) return;
  for (const [k, v] of Object.entries(value)) {
    const child = Object.hasOwn(fields, k) ? fields[k] : void 0;
    if (child === void 0) {
      out.push(path ? `${path}.${k}` : k);
      continue;
    }
    if (child.endsWith("[]") && Array.isArray(v))
      v.forEach((item, i) => unknownFields(item, child.slice(0, -2), `${path ? `${path}.` : ""}${k}[${i}]`, out));
    else if (child && child !== "map") unknownFields(v, child, path ? `${path}.${k}` : k, out);
  }
}
function checkStrict(r, obj2, fieldValidation) {
  if (fieldValidation !== "Strict" || !T[r.kind]) return;
  const unknown = [];
  unknownFields(obj2, r.kind, "", unknown);
  if (!unknown.length) return;
  const kind = r.kind;
  throw new ApiError(
    400,
    "BadRequest",
    `${kind} in version "${r.version}" cannot be handled as a ${kind}: strict decoding error: ${unknown.map((f) => `unknown field "${f}"`).join(", ")}`
  );
}
function prune(value, type) {
  const fields = T[type];
  if (!fields || !isObject(value)) return;
  for (const [k, v] of Object.entries(value)) {
    const child = Object.hasOwn(fields, k) ? fields[k] : void 0;
    if (child === void 0) delete value[k];
    else if (child.endsWith("[]") && Array.isArray(v)) v.forEach((item) => prune(item, child.slice(0, -2)));
    else if (child && child !== "map") prune(v, child);
  }
}
function pruneUnknown(r, obj2) {
  prune(obj2, r.kind);
}

// src/simulator/selectors.ts
function splitTop(text) {
  const parts = [];
  let depth = 0;
  let cur = "";
  for (const ch of text) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === "," && depth === 0) {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  if (cur.trim()) parts.push(cur);
  return parts.map((p) => p.trim()).filter(Boolean);
}
function parseRequirement(part) {
  let m = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(part);
  if (m) {
    const [, key, op, list3] = m;
    const values = list3.split(",").map((v) => v.trim());
    return op === "in" ? (l) => key in l && values.includes(l[key]) : (l) => !(key in l) || !values.includes(l[key]);
  }
  m = /^([\w./-]+)\s*(==|=|!=)\s*([\w.-]*)$/.exec(part);
  if (m) {
    const [, key, op, value] = m;
    return op === "!=" ? (l) => l[key] !== value : (l) => l[key] === value;
  }
  m = /^(!?)([\w./-]+)$/.exec(part);
  if (m) return m[1] ? (l) => !(m[2] in l) : (l) => m[2] in l;
  throw badRequest(`unable to parse requirement: found '${part}', expected: in, notin, =, ==, !=, gt, lt`);
}
function parseLabelSelector(text) {
  if (!text) return () => true;
  const reqs = splitTop(text).map(parseRequirement);
  return (labels) => reqs.every((r) => r(labels ?? {}));
}
var FIELD_OK = /^(metadata\.name|metadata\.namespace|status\.phase|spec\.nodeName|spec\.restartPolicy|spec\.schedulerName|spec\.serviceAccountName|status\.podIP|type|reason|source|involvedObject\.[a-zA-Z]+)$/;
function fieldValue(obj2, path) {
  let cur = obj2;
  for (const seg of path.split(".")) cur = cur && typeof cur === "object" ? cur[seg] : void 0;
  return cur === void 0 || cur === null ? "" : String(cur);
}
function parseFieldSelector(text, kind) {
  if (!text) return () => true;
  const reqs = splitTop(text).map((part) => {
    const m = /^([\w.]+)\s*(==|=|!=)\s*(.*)$/.exec(part);
    if (!m) throw badRequest(`invalid selector: '${text}'; can't understand '${part}'`);
    const [, field, op, value] = m;
    if (!FIELD_OK.test(field))
      throw badRequest(`"${field}" is not a known field selector: only "metadata.name", "metadata.namespace"`);
    void kind;
    return (o) => op === "!=" ? fieldValue(o, field) !== value : fieldValue(o, field) === value;
  });
  return (obj2) => reqs.every((r) => r(obj2));
}
function selectorMatches(selector, labels) {
  if (!selector) return false;
  const l = labels ?? {};
  const ml = selector.matchLabels ?? {};
  if (!Object.entries(ml).every(([k, v]) => l[k] === v)) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = e.key in l;
    const vals = e.values ?? [];
    if (e.operator === "In" && !(has && vals.includes(l[e.key]))) return false;
    if (e.operator === "NotIn" && has && vals.includes(l[e.key])) return false;
    if (e.operator === "Exists" && !has) return false;
    if (e.operator === "DoesNotExist" && has) return false;
  }
  return Object.keys(ml).length > 0 || (selector.matchExpressions ?? []).length > 0;
}
function selectorString(selector) {
  const parts = Object.entries(selector?.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const e of selector?.matchExpressions ?? []) {
    if (e.operator === "In") parts.push(`${e.key} in (${e.values.join(",")})`);
    if (e.operator === "NotIn") parts.push(`${e.key} notin (${e.values.join(",")})`);
    if (e.operator === "Exists") parts.push(e.key);
    if (e.operator === "DoesNotExist") parts.push(`!${e.key}`);
  }
  return parts.join(",");
}

// src/simulator/validation.ts
var SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
var LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var SUBDOMAIN_MSG = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
var LABEL_MSG = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
var required = (field, detail2 = "") => ({
  reason: "FieldValueRequired",
  field,
  message: `Required value${detail2 ? `: ${detail2}` : ""}`
});
var badValue = (field, value, detail2) => ({
  reason: "FieldValueInvalid",
  field,
  message: `Invalid value: ${JSON.stringify(value)}: ${detail2}`
});
function validateName(r, name2, causes) {
  const dns1035 = r.plural === "services" || r.plural === "namespaces";
  if (typeof name2 !== "string" || !name2)
    return void causes.push(required("metadata.name", "name or generateName is required"));
  if (name2.length > (dns1035 ? 63 : 253))
    causes.push(badValue("metadata.name", name2, `must be no more than ${dns1035 ? 63 : 253} characters`));
  else if (dns1035 ? !LABEL.test(name2) : !SUBDOMAIN.test(name2))
    causes.push(badValue("metadata.name", name2, dns1035 ? LABEL_MSG : SUBDOMAIN_MSG));
}
var goMap = (m) => `map[string]string{${Object.keys(m).sort().map((k) => `${JSON.stringify(k)}:${JSON.stringify(m[k])}`).join(", ")}}`;
function validatePodSpec(spec, at, causes) {
  const containers2 = spec?.containers;
  if (!Array.isArray(containers2) || containers2.length === 0) return void causes.push(required(`${at}.containers`));
  containers2.forEach((c, i) => {
    if (!isObject(c)) return;
    if (!c.name) causes.push(required(`${at}.containers[${i}].name`));
    else if (!LABEL.test(c.name)) causes.push(badValue(`${at}.containers[${i}].name`, c.name, LABEL_MSG));
    if (!c.image) causes.push(required(`${at}.containers[${i}].image`));
  });
}
function validateWorkload(obj2, causes, needsSelector) {
  const spec = obj2.spec ?? {};
  if (typeof spec.replicas === "number" && spec.replicas < 0)
    causes.push(badValue("spec.replicas", spec.replicas, "must be greater than or equal to 0"));
  if (needsSelector && !isObject(spec.selector)) causes.push(required("spec.selector"));
  const labels = spec.template?.metadata?.labels;
  if (needsSelector && isObject(spec.selector) && !selectorMatches(spec.selector, labels)) {
    causes.push({
      reason: "FieldValueInvalid",
      field: "spec.template.metadata.labels",
      message: `Invalid value: ${goMap(labels ?? {})}: \`selector\` does not match template \`labels\``
    });
  }
  validatePodSpec(spec.template?.spec, "spec.template.spec", causes);
}
var LABEL_KEY_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
var LABEL_KEY_MSG = "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
function validateLabelKeys(labels, causes) {
  for (const key of Object.keys(labels)) {
    const slash = key.lastIndexOf("/");
    const [prefix, name2] = slash >= 0 ? [key.slice(0, slash), key.slice(slash + 1)] : [void 0, key];
    if (!LABEL_KEY_NAME.test(name2)) causes.push(badValue("metadata.labels", key, LABEL_KEY_MSG));
    else if (name2.length > 63)
      causes.push(badValue("metadata.labels", key, "name part must be no more than 63 characters"));
    else if (prefix !== void 0 && (!SUBDOMAIN.test(prefix) || prefix.length > 253))
      causes.push(badValue("metadata.labels", key, `prefix part ${SUBDOMAIN_MSG}`));
  }
}
function checkFieldManager(manager2, options) {
  if (!manager2 || Buffer.byteLength(manager2) <= 128) return;
  throw new ApiError(
    422,
    "Invalid",
    `${options}.meta.k8s.io "" is invalid: fieldManager: Too long: must have at most 128 bytes`,
    {
      group: "meta.k8s.io",
      kind: options,
      causes: [
        { reason: "FieldValueTooLong", message: "Too long: must have at most 128 bytes", field: "fieldManager" }
      ]
    }
  );
}
function replicasOf(obj2) {
  const spec = obj2.spec;
  return isObject(spec) ? spec.replicas : void 0;
}
function nonIntegerReplicas(obj2) {
  const replicas = replicasOf(obj2);
  return replicas !== void 0 && replicas !== null && !Number.isInteger(replicas);
}
function checkApplyTypes(patch2) {
  if (isObject(patch2) && nonIntegerReplicas(patch2))
    throw new ApiError(
      500,
      "",
      "failed to create typed patch object: .spec.replicas: expected numeric (int or float), got *value.valueUnstructured"
    );
}
function validate(r, obj2) {
  const causes = [];
  validateName(r, obj2.metadata?.name, causes);
  const metadata = obj2.metadata;
  validateLabelKeys(metadata?.labels ?? {}, causes);
  for (const [k, v] of Object.entries(obj2.metadata?.labels ?? {})) {
    if (typeof v !== "string" || v.length > 63 || v && !/^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/.test(v)) {
      causes.push(
        badValue(
          `metadata.labels`,
          v,
          "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"
        )
      );
    }
    void k;
  }
  if (["deployments", "replicasets", "statefulsets", "daemonsets"].includes(r.plural))
    validateWorkload(obj2, causes, true);
  if (r.plural === "pods") validatePodSpec(obj2.spec, "spec", causes);
  if (r.plural === "services") {
    const ports2 = obj2.spec?.ports;
    if (obj2.spec?.clusterIP !== "None" && (!Array.isArray(ports2) || ports2.length === 0))
      causes.push(required("spec.ports"));
    (Array.isArray(ports2) ? ports2 : []).forEach((p, i) => {
      if (!Number.isInteger(p?.port) || p.port < 1 || p.port > 65535)
        causes.push(badValue(`spec.ports[${i}].port`, p?.port, "must be between 1 and 65535, inclusive"));
    });
  }
  if (r.plural === "configmaps" || r.plural === "secrets") {
    for (const k of Object.keys(obj2.data ?? {})) {
      if (!/^[-._a-zA-Z0-9]+$/.test(k))
        causes.push(
          badValue(`data[${k}]`, k, "a valid config key must consist of alphanumeric characters, '-', '_' or '.'")
        );
    }
  }
  if (causes.length) throw invalid(r, obj2.metadata?.name ?? "", causes);
}
function checkDecodable(obj2) {
  if (!isObject(obj2)) throw badRequest("the body of the request must be a JSON or YAML object");
  if (obj2.metadata === void 0 || obj2.metadata === null) return;
  if (!isObject(obj2.metadata))
    throw badRequest(
      `json: cannot unmarshal ${typeof obj2.metadata} into Go struct field Object.metadata of type v1.ObjectMeta`
    );
  for (const field of ["labels", "annotations"]) {
    const m = obj2.metadata[field];
    if (m === void 0 || m === null) continue;
    if (!isObject(m) || Object.values(m).some((v) => typeof v !== "string")) {
      throw badRequest(
        `json: cannot unmarshal into Go struct field ObjectMeta.metadata.${field} of type map[string]string`
      );
    }
  }
  if (nonIntegerReplicas(obj2)) {
    const kind = String(obj2.kind ?? "Object");
    const version = String(obj2.apiVersion ?? "v1").split("/").pop();
    throw badRequest(
      `${kind} in version "${version}" cannot be handled as a ${kind}: v1.${kind}.Spec: v1.${kind}Spec.Replicas: readUint32: unexpected character in ${JSON.stringify(replicasOf(obj2))}`
    );
  }
  for (const field of ["name", "namespace", "generateName", "resourceVersion"]) {
    const v = obj2.metadata[field];
    if (v !== void 0 && v !== null && typeof v !== "string")
      throw badRequest(
        `json: cannot unmarshal ${typeof v} into Go struct field ObjectMeta.metadata.${field} of type string`
      );
  }
}

// src/simulator/api.ts
var ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
var randomSuffix = (n2 = 5) => [...randomBytes(n2)].map((b) => ALPHABET[b % ALPHABET.length]).join("");
var Api = class {
  constructor(store, hooks = {}) {
    this.store = store;
    this.hooks = hooks;
  }
  store;
  hooks;
  checkNamespace(r, namespace) {
    if (!r.namespaced) return;
    const ns = this.store.get(resourceByPlural("namespaces"), void 0, namespace ?? "");
    if (!ns) throw notFound(resourceByPlural("namespaces"), namespace ?? "");
    if (ns.metadata.deletionTimestamp) {
      throw new ApiError(
        403,
        "Forbidden",
        `unable to create new content in namespace ${namespace} because it is being terminated`,
        { name: namespace, kind: "namespaces" }
      );
    }
  }
  admit(r, obj2, namespace) {
    if (!isObject(obj2)) throw badRequest("the body of the request must be a JSON object");
    obj2.apiVersion = apiVersionOf(r);
    obj2.kind = r.kind;
    if (!isObject(obj2.metadata)) obj2.metadata = {};
    const md = obj2.metadata;
    if (r.namespaced) {
      if (md.namespace && namespace && md.namespace !== namespace) {
        throw badRequest("the namespace of the provided object does not match the namespace sent on the request");
      }
      md.namespace = namespace ?? md.namespace;
    } else delete md.namespace;
    pruneUnknown(r, obj2);
    applyDefaults(r, obj2);
    validate(r, obj2);
    return obj2;
  }
  async create(r, namespace, body, opts = {}) {
    checkFieldManager(opts.manager, "CreateOptions");
    checkDecodable(body);
    checkStrict(r, body, opts.fieldValidation);
    const obj2 = clone(body);
    obj2.metadata ??= {};
    if (isObject(obj2?.metadata) && !obj2.metadata.name && obj2.metadata.generateName)
      obj2.metadata.name = `${obj2.metadata.generateName}${randomSuffix()}`;
    if (isObject(obj2?.metadata))
      for (const k of ["uid", "resourceVersion", "deletionTimestamp", "creationTimestamp"]) delete obj2.metadata[k];
    if (opts.manager && isObject(obj2)) recordUpdate(void 0, obj2, opts.manager);
    this.admit(r, obj2, namespace);
    if (r.subresources.includes("status") && r.plural !== "nodes") delete obj2.status;
    if (r.plural === "namespaces") obj2.status = { phase: "Active" };
    if (r.plural === "pods") obj2.status = { phase: "Pending", qosClass: "BestEffort" };
    if (r.plural === "services") obj2.status = { loadBalancer: {} };
    this.checkNamespace(r, obj2.metadata.namespace);
    if (this.store.get(r, obj2.metadata.namespace, obj2.metadata.name)) return this.store.create(r, obj2);
    if (opts.dryRun) return { ...obj2, metadata: { ...obj2.metadata, uid: "dry-run", creationTimestamp: nowTime() } };
    await this.hooks.beforeCreate?.(r, obj2);
    return this.store.create(r, obj2);
  }
  /** PUT semantics: replace the object (or only its status with subresource 'status'). */
  update(r, namespace, name2, body, opts = {}) {
    checkFieldManager(opts.manager, "UpdateOptions");
    const old = this.store.mustGet(r, namespace, name2);
    checkDecodable(body);
    checkStrict(r, body, opts.fieldValidation);
    if (isObject(body.metadata) && body.metadata.name && body.metadata.name !== name2) {
      throw badRequest(
        "the name of the object (" + body.metadata.name + ") does not match the name on the URL (" + name2 + ")"
      );
    }
    let next;
    if (opts.subresource === "status") {
      next = { ...old, status: clone(body.status) };
      next.metadata.resourceVersion = body.metadata?.resourceVersion ?? old.metadata.resourceVersion;
    } else {
      next = clone(body);
      next.metadata = { ...isObject(next.metadata) ? next.metadata : {}, name: name2 };
      next.metadata.resourceVersion ??= void 0;
      if (r.subresources.includes("status")) next.status = old.status;
      next.metadata.managedFields ??= old.metadata.managedFields;
      next.metadata.finalizers = next.metadata.finalizers ?? (old.metadata.deletionTimestamp ? [] : void 0);
      if (next.metadata.finalizers === void 0) delete next.metadata.finalizers;
      next.metadata.deletionTimestamp = old.metadata.deletionTimestamp;
      if (!next.metadata.deletionTimestamp) delete next.metadata.deletionTimestamp;
    }
    this.admit(r, next, namespace ?? old.metadata.namespace);
    if (opts.manager) recordUpdate(old, next, opts.manager, opts.subresource === "status");
    if (opts.dryRun) return next;
    if (next.metadata.deletionTimestamp && !(next.metadata.finalizers ?? []).length) {
      if (next.metadata.resourceVersion && next.metadata.resourceVersion !== old.metadata.resourceVersion)
        throw conflict(r, name2);
      return this.store.remove(r, namespace, name2);
    }
    return this.store.update(r, next);
  }
  /** PATCH in any of the four patch types; 'apply' creates the object when it does not exist. */
  async patch(r, namespace, name2, type, patch2, opts = {}) {
    const live = this.store.get(r, namespace, name2);
    checkFieldManager(opts.manager, "PatchOptions");
    if (type === "apply") {
      checkApplyTypes(patch2);
      checkDecodable(patch2);
      checkStrict(r, patch2, opts.fieldValidation);
      if (!isObject(patch2)) throw badRequest("the body of the request must be a YAML or JSON object");
      if (!opts.manager)
        throw badRequest(
          "PATCH requests with Content-Type application/apply-patch+yaml require a fieldManager parameter"
        );
      if (isObject(patch2.metadata) && patch2.metadata.name && patch2.metadata.name !== name2)
        throw badRequest("the name of the object does not match the name on the URL");
      const applied = serverSideApply(live, patch2, opts.manager, Boolean(opts.force));
      applied.metadata.name = name2;
      if (!live) return this.createApplied(r, namespace, applied, opts);
      return this.update(r, namespace, name2, applied, { dryRun: opts.dryRun, subresource: opts.subresource });
    }
    if (!live) throw notFound(r, name2);
    if (type !== "json" && !isObject(patch2))
      throw badRequest(
        `json: cannot unmarshal ${Array.isArray(patch2) ? "array" : typeof patch2} into Go value of type map[string]interface {}`
      );
    const base = opts.subresource === "status" ? live : { ...live };
    let next;
    if (type === "json") next = applyJsonPatch(base, patch2);
    else if (type === "merge") next = applyMergePatch(base, patch2);
    else next = strategicMerge(base, patch2);
    if (!isObject(next.metadata)) throw new ApiError(422, "Invalid", "metadata: Required value");
    checkDecodable(next);
    if (next.metadata.resourceVersion !== live.metadata.resourceVersion && patch2?.metadata?.resourceVersion === void 0) {
      next.metadata.resourceVersion = live.metadata.resourceVersion;
    }
    return this.update(r, namespace, name2, next, opts);
  }
  async createApplied(r, namespace, applied, opts) {
    const managed = applied.metadata.managedFields;
    const created = await this.create(r, namespace, applied, { dryRun: opts.dryRun });
    if (opts.dryRun) return created;
    return this.store.update(r, { ...created, metadata: { ...created.metadata, managedFields: managed } });
  }
  /** DELETE: finalizers delay removal (deletionTimestamp set); propagation decides what happens to dependents. */
  delete(r, namespace, name2, options = {}) {
    const obj2 = this.store.mustGet(r, namespace, name2);
    const pre = options.preconditions ?? {};
    if (pre.uid && pre.uid !== obj2.metadata.uid || pre.resourceVersion && pre.resourceVersion !== obj2.metadata.resourceVersion) {
      throw conflict(
        r,
        name2,
        `Precondition failed: UID in precondition: ${pre.uid ?? ""}, UID in object meta: ${obj2.metadata.uid}`
      );
    }
    if (options.dryRun) return obj2;
    const policy = options.propagationPolicy ?? (options.orphanDependents === true ? "Orphan" : "Background");
    const finalizers = [...obj2.metadata.finalizers ?? []];
    if (policy === "Foreground" && !finalizers.includes("foregroundDeletion")) finalizers.push("foregroundDeletion");
    if (policy === "Orphan" && !finalizers.includes("orphan")) finalizers.push("orphan");
    if (r.plural === "namespaces") {
      if (obj2.metadata.deletionTimestamp) return obj2;
      return this.store.update(r, {
        ...obj2,
        metadata: { ...obj2.metadata, deletionTimestamp: nowTime() },
        status: { phase: "Terminating" }
      });
    }
    const grace = Number(options.gracePeriodSeconds ?? obj2.spec?.terminationGracePeriodSeconds ?? 30);
    if (r.plural === "pods" && obj2.spec?.nodeName && grace > 0) {
      if (obj2.metadata.deletionTimestamp) return obj2;
      const metadata = {
        ...obj2.metadata,
        deletionTimestamp: nowTime(),
        deletionGracePeriodSeconds: grace,
        ...finalizers.length ? { finalizers } : {}
      };
      return this.store.update(r, { ...obj2, metadata });
    }
    if (finalizers.length) {
      if (obj2.metadata.deletionTimestamp) return obj2;
      return this.store.update(r, {
        ...obj2,
        metadata: { ...obj2.metadata, finalizers, deletionTimestamp: nowTime(), deletionGracePeriodSeconds: 0 }
      });
    }
    return this.store.remove(r, namespace, name2);
  }
};

// src/simulator/controllers/context.ts
var KCM = "kube-controller-manager";
var R = {
  namespaces: resourceByPlural("namespaces"),
  pods: resourceByPlural("pods"),
  services: resourceByPlural("services"),
  endpoints: resourceByPlural("endpoints"),
  events: resourceByPlural("events"),
  deployments: resourceByPlural("deployments"),
  replicasets: resourceByPlural("replicasets"),
  statefulsets: resourceByPlural("statefulsets"),
  daemonsets: resourceByPlural("daemonsets"),
  controllerrevisions: resourceByPlural("controllerrevisions")
};
function writeStatus(ctx, r, obj2, status, manager2 = KCM) {
  if (deepEqual(obj2.status ?? {}, status)) return obj2;
  return ctx.api.update(
    r,
    obj2.metadata.namespace,
    obj2.metadata.name,
    { ...obj2, status },
    { subresource: "status", manager: manager2 }
  );
}
var controllerOf = (o) => (o.metadata.ownerReferences ?? []).find((ref2) => ref2.controller);
var ownedBy = (o, owner) => controllerOf(o)?.uid === owner.metadata.uid;
function ownerRef(owner) {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name,
    uid: owner.metadata.uid,
    controller: true,
    blockOwnerDeletion: true
  };
}
var podReady = (p) => (p.status?.conditions ?? []).some((c) => c.type === "Ready" && c.status === "True");
function podAvailable(p, minReadySeconds = 0, now = Date.now()) {
  if (!podReady(p)) return false;
  if (!minReadySeconds) return true;
  const c = p.status.conditions.find((x) => x.type === "Ready");
  return now - Date.parse(c?.lastTransitionTime ?? 0) >= minReadySeconds * 1e3;
}
var activePod = (p) => !p.metadata.deletionTimestamp && !["Succeeded", "Failed"].includes(p.status?.phase);
var ALPHANUMS = "bcdfghjklmnpqrstvwxz2456789";
function templateHash(template, collisionCount = 0) {
  let h = 2166136261;
  const text = JSON.stringify(template) + (collisionCount ? String(collisionCount) : "");
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return [...String(h)].map((d) => ALPHANUMS[d.charCodeAt(0) % ALPHANUMS.length]).join("");
}
function setCondition(conditions, next, now) {
  const cur = conditions.find((c) => c.type === next.type);
  if (cur && cur.status === next.status && cur.reason === next.reason) return conditions;
  const merged = {
    ...next,
    lastUpdateTime: next.lastUpdateTime ?? now,
    lastTransitionTime: cur && cur.status === next.status ? cur.lastTransitionTime : now
  };
  return [...conditions.filter((c) => c.type !== next.type), merged];
}

// src/simulator/controllers/events.ts
import { randomBytes as randomBytes2 } from "node:crypto";
var EVENTS = resourceByPlural("events");
var EventRecorder = class {
  constructor(api) {
    this.api = api;
  }
  api;
  record(obj2, type, reason, message, component, host) {
    const ns = obj2.metadata.namespace ?? "default";
    const now = nowTime();
    try {
      const same = this.api.store.list(EVENTS, ns).find((e) => e.involvedObject?.uid === obj2.metadata.uid && e.reason === reason && e.message === message);
      if (same) {
        this.api.update(EVENTS, ns, same.metadata.name, { ...same, count: (same.count ?? 1) + 1, lastTimestamp: now });
        return;
      }
      void this.api.create(EVENTS, ns, {
        metadata: { name: `${obj2.metadata.name}.${randomBytes2(8).toString("hex")}`, namespace: ns },
        involvedObject: {
          kind: obj2.kind,
          namespace: obj2.metadata.namespace,
          name: obj2.metadata.name,
          uid: obj2.metadata.uid,
          apiVersion: obj2.apiVersion,
          resourceVersion: obj2.metadata.resourceVersion
        },
        reason,
        message,
        type,
        count: 1,
        firstTimestamp: now,
        lastTimestamp: now,
        source: { component, ...host ? { host } : {} },
        reportingComponent: "",
        reportingInstance: ""
      }).catch(() => void 0);
    } catch {
    }
  }
};

// src/simulator/controllers/rollout-math.ts
function intOrPercent(value, total, roundUp) {
  if (typeof value === "number") return value;
  const m = /^(\d+)%$/.exec(typeof value === "string" ? value : "");
  if (!m) return Number(value) || 0;
  const exact = Number(m[1]) * total / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}
function fenceposts(d) {
  const replicas = d.spec.replicas ?? 1;
  if (d.spec.strategy?.type !== "RollingUpdate") return { surge: 0, unavailable: 0 };
  const ru = d.spec.strategy.rollingUpdate ?? {};
  const surge = intOrPercent(ru.maxSurge ?? "25%", replicas, true);
  let unavailable = intOrPercent(ru.maxUnavailable ?? "25%", replicas, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return { surge, unavailable: Math.min(unavailable, replicas) };
}
var specReplicas = (rss) => rss.reduce((n2, rs) => n2 + (rs.spec.replicas ?? 0), 0);
var statusSum = (rss, field) => rss.reduce((n2, rs) => n2 + (rs.status?.[field] ?? 0), 0);
var revisionOf = (o) => Number(o?.metadata?.annotations?.["deployment.kubernetes.io/revision"] ?? 0);
function newReplicaCount(d, all, newRS) {
  const { surge } = fenceposts(d);
  const maxTotal = d.spec.replicas + surge;
  const current = specReplicas(all);
  if (current >= maxTotal) return newRS.spec.replicas;
  return newRS.spec.replicas + Math.min(maxTotal - current, d.spec.replicas - newRS.spec.replicas);
}
function oldScaleDowns(d, oldRSs, newRS) {
  const plan = /* @__PURE__ */ new Map();
  const all = newRS ? [...oldRSs, newRS] : oldRSs;
  if (specReplicas(oldRSs) === 0) return plan;
  const minAvailable = d.spec.replicas - fenceposts(d).unavailable;
  const newUnavailable = newRS ? newRS.spec.replicas - (newRS.status?.availableReplicas ?? 0) : 0;
  let budget = specReplicas(all) - minAvailable - newUnavailable;
  if (budget <= 0) return plan;
  const byAge = [...oldRSs].sort(
    (a, b) => Date.parse(a.metadata.creationTimestamp) - Date.parse(b.metadata.creationTimestamp)
  );
  for (const rs of byAge) {
    const unhealthy = Math.min(budget, rs.spec.replicas - (rs.status?.availableReplicas ?? 0));
    if (unhealthy > 0) {
      plan.set(rs.metadata.name, rs.spec.replicas - unhealthy);
      budget -= unhealthy;
    }
  }
  const target = (rs) => plan.get(rs.metadata.name) ?? rs.spec.replicas;
  const available = statusSum(all, "availableReplicas");
  let toScale = available - minAvailable;
  for (const rs of byAge) {
    if (toScale <= 0) break;
    if (target(rs) === 0) continue;
    const n2 = Math.min(target(rs), toScale);
    plan.set(rs.metadata.name, target(rs) - n2);
    toScale -= n2;
  }
  return plan;
}

// src/simulator/controllers/deployment-status.ts
var msg = {
  created: (n2) => `Created new replica set "${n2}"`,
  found: (n2) => `Found new replica set "${n2}"`,
  progressing: (n2) => `ReplicaSet "${n2}" is progressing.`,
  complete: (n2) => `ReplicaSet "${n2}" has successfully progressed.`,
  timedOut: (n2) => `ReplicaSet "${n2}" has timed out progressing.`
};
function complete(d, s) {
  const want = d.spec.replicas;
  return s.updatedReplicas === want && s.replicas === want && s.availableReplicas === want && s.observedGeneration >= d.metadata.generation;
}
function progressed(old, s) {
  const oldOld = (old.replicas ?? 0) - (old.updatedReplicas ?? 0);
  const newOld = s.replicas - s.updatedReplicas;
  return s.updatedReplicas > (old.updatedReplicas ?? 0) || newOld < oldOld || s.readyReplicas > (old.readyReplicas ?? 0) || s.availableReplicas > (old.availableReplicas ?? 0);
}
function timedOut(d, cond, now) {
  if (!cond || cond.reason === "NewReplicaSetAvailable") return false;
  if (cond.reason === "ProgressDeadlineExceeded") return true;
  return Date.parse(now) > Date.parse(cond.lastUpdateTime) + d.spec.progressDeadlineSeconds * 1e3;
}
function progressing(d, s, old, newRS, created, now) {
  let conds = s.conditions;
  const name2 = newRS?.metadata.name ?? "";
  const cond = () => conds.find((c) => c.type === "Progressing");
  if (d.spec.paused)
    return setCondition(
      conds,
      { type: "Progressing", status: "Unknown", reason: "DeploymentPaused", message: "Deployment is paused" },
      now
    );
  if (cond()?.reason === "DeploymentPaused")
    conds = setCondition(
      conds,
      { type: "Progressing", status: "Unknown", reason: "DeploymentResumed", message: "Deployment is resumed" },
      now
    );
  if (created)
    conds = setCondition(
      conds,
      { type: "Progressing", status: "True", reason: "NewReplicaSetCreated", message: msg.created(name2) },
      now
    );
  else if (!cond() && newRS)
    conds = setCondition(
      conds,
      { type: "Progressing", status: "True", reason: "FoundNewReplicaSet", message: msg.found(name2) },
      now
    );
  const current = cond();
  const isComplete = s.replicas === s.updatedReplicas && current?.reason === "NewReplicaSetAvailable";
  if (isComplete || !newRS) return conds;
  if (complete(d, s))
    return setCondition(
      conds,
      { type: "Progressing", status: "True", reason: "NewReplicaSetAvailable", message: msg.complete(name2) },
      now
    );
  if (progressed(old, s)) {
    const next = {
      type: "Progressing",
      status: "True",
      reason: "ReplicaSetUpdated",
      message: msg.progressing(name2),
      lastUpdateTime: now,
      lastTransitionTime: current?.status === "True" ? current.lastTransitionTime : now
    };
    return [...conds.filter((c) => c.type !== "Progressing"), next];
  }
  if (timedOut(d, current, now))
    return setCondition(
      conds,
      { type: "Progressing", status: "False", reason: "ProgressDeadlineExceeded", message: msg.timedOut(name2) },
      now
    );
  return conds;
}
function deploymentStatus(d, newRS, oldRSs, old, created, now) {
  const all = newRS ? [newRS, ...oldRSs] : oldRSs;
  const available = statusSum(all, "availableReplicas");
  const s = {
    observedGeneration: d.metadata.generation,
    replicas: statusSum(all, "replicas"),
    updatedReplicas: newRS?.status?.replicas ?? 0,
    readyReplicas: statusSum(all, "readyReplicas"),
    availableReplicas: available,
    unavailableReplicas: Math.max(0, specReplicas(all) - available),
    conditions: [...old.conditions ?? []],
    ...old.collisionCount ? { collisionCount: old.collisionCount } : {}
  };
  const minAvailable = d.spec.replicas - fenceposts(d).unavailable;
  const avail = available >= minAvailable ? {
    type: "Available",
    status: "True",
    reason: "MinimumReplicasAvailable",
    message: "Deployment has minimum availability."
  } : {
    type: "Available",
    status: "False",
    reason: "MinimumReplicasUnavailable",
    message: "Deployment does not have minimum availability."
  };
  s.conditions = setCondition(s.conditions, avail, now);
  s.conditions = progressing(d, s, old, newRS, created, now);
  s.conditions.sort((a, b) => a.type === "Available" ? -1 : b.type === "Available" ? 1 : 0);
  for (const k of ["readyReplicas", "availableReplicas", "unavailableReplicas", "updatedReplicas", "replicas"])
    if (!s[k]) delete s[k];
  return s;
}

// src/simulator/controllers/deployment.ts
var REV = "deployment.kubernetes.io/revision";
var HASH = "pod-template-hash";
function withoutHash(t) {
  const c = clone(t);
  if (c.metadata?.labels) delete c.metadata.labels[HASH];
  if (c.metadata?.labels && !Object.keys(c.metadata.labels).length) delete c.metadata.labels;
  return c;
}
function scaleRS(ctx, d, rs, replicas) {
  if (rs.spec.replicas === replicas) return false;
  const annotations = {
    ...rs.metadata.annotations,
    "deployment.kubernetes.io/desired-replicas": String(d.spec.replicas),
    "deployment.kubernetes.io/max-replicas": String(d.spec.replicas + fenceposts(d).surge)
  };
  ctx.api.update(
    R.replicasets,
    rs.metadata.namespace,
    rs.metadata.name,
    { ...rs, metadata: { ...rs.metadata, annotations }, spec: { ...rs.spec, replicas } },
    { manager: KCM }
  );
  const verb = replicas > rs.spec.replicas ? "up" : "down";
  ctx.events.record(
    d,
    "Normal",
    "ScalingReplicaSet",
    `Scaled ${verb} replica set ${rs.metadata.name} to ${replicas}`,
    "deployment-controller"
  );
  return true;
}
async function createNewRS(ctx, d, all, revision) {
  const hash = templateHash(d.spec.template, d.status?.collisionCount);
  const template = clone(d.spec.template);
  template.metadata = { ...template.metadata, labels: { ...template.metadata?.labels, [HASH]: hash } };
  const rs = {
    metadata: {
      name: `${d.metadata.name}-${hash}`,
      namespace: d.metadata.namespace,
      labels: template.metadata.labels,
      annotations: {
        ...copiedAnnotations(d),
        [REV]: String(revision),
        "deployment.kubernetes.io/desired-replicas": String(d.spec.replicas),
        "deployment.kubernetes.io/max-replicas": String(d.spec.replicas + fenceposts(d).surge)
      },
      ownerReferences: [ownerRef(d)]
    },
    spec: {
      replicas: 0,
      minReadySeconds: d.spec.minReadySeconds ?? 0,
      selector: { ...d.spec.selector, matchLabels: { ...d.spec.selector.matchLabels, [HASH]: hash } },
      template
    }
  };
  rs.spec.replicas = d.spec.strategy?.type === "Recreate" ? 0 : newReplicaCount(d, all, rs);
  const created = await ctx.api.create(R.replicasets, d.metadata.namespace, rs, { manager: KCM });
  if (created.spec.replicas > 0)
    ctx.events.record(
      d,
      "Normal",
      "ScalingReplicaSet",
      `Scaled up replica set ${created.metadata.name} to ${created.spec.replicas}`,
      "deployment-controller"
    );
  return created;
}
var NOT_COPIED = /* @__PURE__ */ new Set([
  "kubectl.kubernetes.io/last-applied-configuration",
  REV,
  "deployment.kubernetes.io/revision-history",
  "deployment.kubernetes.io/desired-replicas",
  "deployment.kubernetes.io/max-replicas",
  "deprecated.deployment.rollback.to"
]);
function copiedAnnotations(d) {
  return Object.fromEntries(
    Object.entries(d.metadata.annotations ?? {}).filter(([k]) => !NOT_COPIED.has(k))
  );
}
function syncNewRSAnnotations(ctx, rs, revision, d) {
  const annotations = { ...rs.metadata.annotations, ...copiedAnnotations(d) };
  const current = revisionOf(rs);
  if (current < revision) {
    const history = annotations["deployment.kubernetes.io/revision-history"];
    if (current)
      annotations["deployment.kubernetes.io/revision-history"] = history ? `${history},${current}` : String(current);
    annotations[REV] = String(revision);
  }
  if (deepEqual(annotations, rs.metadata.annotations ?? {})) return rs;
  return ctx.api.update(
    R.replicasets,
    rs.metadata.namespace,
    rs.metadata.name,
    { ...rs, metadata: { ...rs.metadata, annotations } },
    { manager: KCM }
  );
}
function syncDeploymentRevision(ctx, d, newRS) {
  const rev = String(revisionOf(newRS));
  if (d.metadata.annotations?.[REV] === rev) return d;
  const annotations = { ...d.metadata.annotations, [REV]: rev };
  return ctx.api.update(
    R.deployments,
    d.metadata.namespace,
    d.metadata.name,
    { ...d, metadata: { ...d.metadata, annotations } },
    { manager: KCM }
  );
}
function cleanupHistory(ctx, d, oldRSs) {
  const limit = d.spec.revisionHistoryLimit ?? 10;
  const idle = oldRSs.filter((rs) => rs.spec.replicas === 0 && statusSum([rs], "replicas") === 0).sort((a, b) => revisionOf(a) - revisionOf(b));
  for (const rs of idle.slice(0, Math.max(0, idle.length - limit)))
    ctx.api.delete(R.replicasets, rs.metadata.namespace, rs.metadata.name);
}
function rollStep(ctx, d, newRS, oldRSs) {
  let changed = false;
  if (d.spec.strategy?.type === "Recreate") {
    for (const rs of oldRSs) changed = scaleRS(ctx, d, rs, 0) || changed;
    const running = (p) => !["Succeeded", "Failed"].includes(p.status?.phase);
    const oldPods = ctx.store.list(R.pods, d.metadata.namespace).filter((p) => running(p) && oldRSs.some((rs) => ownedBy(p, rs)));
    if (!changed && !oldPods.length) changed = scaleRS(ctx, d, newRS, d.spec.replicas);
    return changed;
  }
  if (newRS.spec.replicas > d.spec.replicas) return scaleRS(ctx, d, newRS, d.spec.replicas);
  const wanted = newReplicaCount(d, [newRS, ...oldRSs], newRS);
  if (newRS.spec.replicas < d.spec.replicas && wanted !== newRS.spec.replicas) return scaleRS(ctx, d, newRS, wanted);
  for (const [name2, replicas] of oldScaleDowns(d, oldRSs, newRS))
    changed = scaleRS(
      ctx,
      d,
      oldRSs.find((r) => r.metadata.name === name2),
      replicas
    ) || changed;
  return changed;
}
async function syncDeployment(ctx, d) {
  if (d.metadata.deletionTimestamp) return;
  const rsList = ctx.store.list(R.replicasets, d.metadata.namespace).filter((rs) => ownedBy(rs, d) && !rs.metadata.deletionTimestamp);
  let newRS = rsList.find((rs) => deepEqual(withoutHash(rs.spec.template), d.spec.template));
  const oldRSs = rsList.filter((rs) => rs !== newRS);
  const maxOld = Math.max(0, ...oldRSs.map(revisionOf));
  const before = clone(d.status ?? {});
  let created = false;
  if (d.spec.paused) {
    if (newRS && specReplicas(oldRSs) === 0) scaleRS(ctx, d, newRS, d.spec.replicas);
  } else {
    if (!newRS) {
      newRS = await createNewRS(ctx, d, rsList, maxOld + 1);
      created = true;
    } else newRS = syncNewRSAnnotations(ctx, newRS, maxOld + 1, d);
    d = syncDeploymentRevision(ctx, d, newRS);
    const refreshed = (rs) => ctx.store.get(R.replicasets, rs.metadata.namespace, rs.metadata.name) ?? rs;
    if (!rollStep(ctx, d, newRS, oldRSs) && specReplicas(oldRSs) === 0) cleanupHistory(ctx, d, oldRSs);
    newRS = refreshed(newRS);
    oldRSs.splice(0, oldRSs.length, ...oldRSs.map(refreshed));
  }
  const status = deploymentStatus(d, newRS, oldRSs, before, created, nowTime());
  if (!deepEqual(status, d.status ?? {}))
    ctx.api.update(
      R.deployments,
      d.metadata.namespace,
      d.metadata.name,
      { ...d, status },
      { subresource: "status", manager: KCM }
    );
}

// src/simulator/controllers/endpoints.ts
function address(p) {
  return {
    ip: p.status.podIP,
    nodeName: p.spec.nodeName,
    targetRef: {
      kind: "Pod",
      namespace: p.metadata.namespace,
      name: p.metadata.name,
      uid: p.metadata.uid,
      resourceVersion: p.metadata.resourceVersion
    }
  };
}
function ports(svc, pods) {
  return (svc.spec.ports ?? []).map((p) => {
    let port = p.targetPort ?? p.port;
    if (typeof port === "string") {
      const named = pods.flatMap((pod) => pod.spec.containers.flatMap((c) => c.ports ?? [])).find((cp) => cp.name === port);
      port = named?.containerPort ?? p.port;
    }
    return { ...p.name ? { name: p.name } : {}, port, protocol: p.protocol ?? "TCP" };
  });
}
async function syncEndpoints(ctx) {
  for (const ep of ctx.store.list(R.endpoints)) {
    if (!ctx.store.get(R.services, ep.metadata.namespace, ep.metadata.name))
      ctx.api.delete(R.endpoints, ep.metadata.namespace, ep.metadata.name);
  }
  for (const svc of ctx.store.list(R.services)) {
    if (!svc.spec?.selector || svc.metadata.deletionTimestamp) continue;
    const ns = svc.metadata.namespace;
    const pods = ctx.store.list(R.pods, ns).filter(
      (p) => activePod(p) && p.status?.podIP && selectorMatches({ matchLabels: svc.spec.selector }, p.metadata.labels)
    );
    const ready = pods.filter(podReady).map(address);
    const notReady = pods.filter((p) => !podReady(p)).map(address);
    const subsets = pods.length ? [
      {
        ...ready.length ? { addresses: ready } : {},
        ...notReady.length ? { notReadyAddresses: notReady } : {},
        ports: ports(svc, pods)
      }
    ] : [];
    const current = ctx.store.get(R.endpoints, ns, svc.metadata.name);
    const labels = svc.metadata.labels;
    if (!current) {
      await ctx.api.create(
        R.endpoints,
        ns,
        { metadata: { name: svc.metadata.name, namespace: ns, ...labels ? { labels } : {} }, subsets },
        { manager: KCM }
      );
    } else if (!deepEqual(current.subsets ?? [], subsets)) {
      ctx.api.update(R.endpoints, ns, svc.metadata.name, { ...current, subsets }, { manager: KCM });
    }
  }
}

// src/simulator/controllers/gc.ts
var NAMESPACE_TERMINATION_MS = 1e3;
var terminatingSince = /* @__PURE__ */ new Map();
function allObjects(ctx) {
  return RESOURCES.flatMap((r) => ctx.store.list(r).map((o) => ({ r, o })));
}
function collectGarbage(ctx) {
  const everything = allObjects(ctx);
  const uids = new Set(everything.map(({ o }) => o.metadata.uid));
  const dependents = (uid) => everything.filter(({ o }) => (o.metadata.ownerReferences ?? []).some((ref2) => ref2.uid === uid));
  for (const { r, o } of everything) {
    const md = o.metadata;
    const refs = md.ownerReferences ?? [];
    if (refs.length && !refs.some((ref2) => uids.has(ref2.uid)) && !md.deletionTimestamp) {
      try {
        ctx.api.delete(r, md.namespace, md.name, { propagationPolicy: "Background" });
      } catch {
      }
      continue;
    }
    if (!md.deletionTimestamp) continue;
    const finalizers = md.finalizers ?? [];
    if (finalizers.includes("orphan")) {
      for (const dep of dependents(md.uid)) {
        const ownerReferences = dep.o.metadata.ownerReferences.filter((ref2) => ref2.uid !== md.uid);
        ctx.api.update(dep.r, dep.o.metadata.namespace, dep.o.metadata.name, {
          ...dep.o,
          metadata: { ...dep.o.metadata, ownerReferences }
        });
      }
      ctx.api.update(r, md.namespace, md.name, {
        ...o,
        metadata: { ...md, finalizers: finalizers.filter((f) => f !== "orphan") }
      });
    } else if (finalizers.includes("foregroundDeletion")) {
      const deps = dependents(md.uid);
      for (const dep of deps) {
        if (!dep.o.metadata.deletionTimestamp)
          ctx.api.delete(dep.r, dep.o.metadata.namespace, dep.o.metadata.name, { propagationPolicy: "Foreground" });
      }
      if (!deps.length)
        ctx.api.update(r, md.namespace, md.name, {
          ...o,
          metadata: { ...md, finalizers: finalizers.filter((f) => f !== "foregroundDeletion") }
        });
    }
  }
  for (const ns of ctx.store.list(R.namespaces).filter((n2) => n2.metadata.deletionTimestamp)) {
    const seen = terminatingSince.get(ns.metadata.uid) ?? Date.now();
    terminatingSince.set(ns.metadata.uid, seen);
    if (Date.now() - seen < NAMESPACE_TERMINATION_MS) continue;
    terminatingSince.delete(ns.metadata.uid);
    for (const r of RESOURCES.filter((x) => x.namespaced)) {
      for (const o of ctx.store.list(r, ns.metadata.name)) ctx.store.remove(r, o.metadata.namespace, o.metadata.name);
    }
    ctx.store.remove(R.namespaces, void 0, ns.metadata.name);
  }
}

// src/simulator/controllers/container-env.ts
function dataKey(ctx, plural, namespace, ref2) {
  const data = ctx.store.get(resourceByPlural(plural), namespace, ref2.name)?.data;
  return data?.[ref2.key];
}
function containerEnv(ctx, pod, c) {
  const env = {};
  const meta = metaOf(pod);
  for (const e of c.env ?? []) {
    if (e.value !== void 0) env[e.name] = String(e.value);
    const from = e.valueFrom ?? {};
    if (from.configMapKeyRef) env[e.name] = dataKey(ctx, "configmaps", meta.namespace, from.configMapKeyRef) ?? "";
    if (from.secretKeyRef) {
      const raw = dataKey(ctx, "secrets", meta.namespace, from.secretKeyRef);
      env[e.name] = raw ? Buffer.from(raw, "base64").toString() : "";
    }
    if (from.fieldRef?.fieldPath === "metadata.name") env[e.name] = meta.name;
    if (from.fieldRef?.fieldPath === "metadata.namespace") env[e.name] = meta.namespace;
  }
  return env;
}

// src/simulator/controllers/pod-status.ts
var isCrash = (image) => /crashloop|bad/i.test(image);
var isPullError = (image) => /pullerror|nonexistent/i.test(image);
var isSlow = (image) => /slow/i.test(image);
var isDemoApp = (image) => /(^|\/)deploy-kit\/demo-app([:@]|$)/.test(image);
function containerStatus(pod, c, elapsed, t, facts, startTime, prev) {
  const base = {
    name: c.name,
    image: c.image,
    imageID: `sim://${c.image}`,
    containerID: `sim://${pod.metadata.uid.slice(0, 8)}-${c.name}`
  };
  if (isPullError(c.image)) {
    const reason = elapsed < t.pullBackoffMs ? "ErrImagePull" : "ImagePullBackOff";
    return {
      ...base,
      imageID: "",
      containerID: void 0,
      ready: false,
      started: false,
      restartCount: 0,
      state: { waiting: { reason, message: `Back-off pulling image "${c.image}"` } },
      lastState: {}
    };
  }
  if (elapsed < t.readyDelayMs) {
    return {
      ...base,
      imageID: "",
      containerID: void 0,
      ready: false,
      started: false,
      restartCount: 0,
      state: { waiting: { reason: "ContainerCreating" } },
      lastState: {}
    };
  }
  if (isCrash(c.image) || facts.crashed) {
    const restartCount = Math.floor((elapsed - t.readyDelayMs) / t.crashPeriodMs) + 1;
    return {
      ...base,
      ready: false,
      started: false,
      restartCount,
      state: {
        waiting: {
          reason: "CrashLoopBackOff",
          message: `back-off 10s restarting failed container=${c.name} pod=${pod.metadata.name}`
        }
      },
      lastState: {
        terminated: {
          exitCode: 1,
          reason: "Error",
          startedAt: startTime,
          finishedAt: startTime,
          containerID: base.containerID
        }
      }
    };
  }
  const ready = !(isSlow(c.image) && elapsed < t.slowReadyMs) && facts.probeOk !== false;
  const startedAt = prev?.state?.running?.startedAt ?? nowTime();
  return {
    ...base,
    ready,
    started: true,
    restartCount: prev?.restartCount ?? 0,
    state: { running: { startedAt } },
    lastState: {}
  };
}
function desiredPodStatus(pod, elapsed, t, facts, podIP) {
  const st = pod.status ?? {};
  const ts = nowTime();
  const startTime = st.startTime ?? ts;
  const prevCS = new Map((st.containerStatuses ?? []).map((c) => [c.name, c]));
  const statuses = pod.spec.containers.map(
    (c) => containerStatus(pod, c, elapsed, t, facts, startTime, prevCS.get(c.name))
  );
  for (const s of statuses) if (s.containerID === void 0) delete s.containerID;
  const ready = statuses.every((s) => s.ready);
  const pending = statuses.some(
    (s) => s.state.waiting && ["ContainerCreating", "ErrImagePull", "ImagePullBackOff"].includes(s.state.waiting.reason)
  );
  const prevCond = new Map((st.conditions ?? []).map((c) => [c.type, c]));
  const unready = statuses.filter((s) => !s.ready).map((s) => s.name).join(" ");
  const cond = (type, ok) => {
    const status = ok ? "True" : "False";
    const prev = prevCond.get(type);
    return {
      type,
      status,
      lastProbeTime: null,
      lastTransitionTime: prev?.status === status ? prev.lastTransitionTime : ts,
      ...ok || type === "Initialized" || type === "PodScheduled" ? {} : { reason: "ContainersNotReady", message: `containers with unready status: [${unready}]` }
    };
  };
  return {
    phase: pending ? "Pending" : "Running",
    conditions: [
      cond("Initialized", true),
      cond("Ready", ready),
      cond("ContainersReady", ready),
      cond("PodScheduled", true)
    ],
    hostIP: "127.0.0.1",
    podIP,
    podIPs: [{ ip: podIP }],
    startTime,
    containerStatuses: statuses,
    qosClass: st.qosClass ?? "BestEffort"
  };
}
function fingerprint(s) {
  return JSON.stringify({
    phase: s.phase,
    ip: s.podIP,
    cond: (s.conditions ?? []).map((c) => `${c.type}=${c.status}`).sort(),
    cs: (s.containerStatuses ?? []).map((c) => [
      c.name,
      c.image,
      c.ready,
      c.restartCount,
      Object.keys(c.state ?? {})[0],
      c.state?.waiting?.reason
    ])
  });
}

// src/simulator/controllers/kubelet-events.ts
function pullFailure(say, c, elapsed, timing) {
  say("pull", "Normal", "Pulling", `Pulling image "${c.image}"`);
  say(
    "pullfail",
    "Warning",
    "Failed",
    `Failed to pull image "${c.image}": rpc error: code = NotFound desc = failed to pull and unpack image "${c.image}": not found`
  );
  say("errpull", "Warning", "Failed", "Error: ErrImagePull");
  if (elapsed >= timing.pullBackoffMs) say("backoffpull", "Normal", "BackOff", `Back-off pulling image "${c.image}"`);
}
function containerEvents(say, rt, c, elapsed, timing) {
  if (isPullError(c.image)) return pullFailure(say, c, elapsed, timing);
  if (elapsed < timing.readyDelayMs) return;
  say(`pulled-${c.name}`, "Normal", "Pulled", `Container image "${c.image}" already present on machine`);
  say(`created-${c.name}`, "Normal", "Created", `Created container ${c.name}`);
  say(`started-${c.name}`, "Normal", "Started", `Started container ${c.name}`);
  const restarts = Math.floor((elapsed - timing.readyDelayMs) / timing.crashPeriodMs);
  if (isCrash(c.image) || rt.appState === "crashed")
    say(`backoff-${restarts}`, "Warning", "BackOff", "Back-off restarting failed container", true);
  if (rt.probeOk === false)
    say(
      `unhealthy-${restarts}`,
      "Warning",
      "Unhealthy",
      `Readiness probe failed: HTTP probe failed with statuscode: 503`,
      true
    );
}

// src/simulator/controllers/pod-runtime.ts
import { request } from "node:http";

// src/demo-app/app.ts
import { createServer } from "node:http";
import { performance } from "node:perf_hooks";

// src/demo-app/metrics.ts
var import_prom_client = __toESM(require_prom_client(), 1);
import { randomBytes as randomBytes3 } from "node:crypto";
var LATENCY_BUCKETS = [1e-3, 25e-4, 5e-3, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];
function createAppMetrics(version, pod = randomBytes3(4).toString("hex")) {
  const registry = new import_prom_client.Registry();
  const requests = new import_prom_client.Counter({
    name: "http_requests_total",
    help: "HTTP requests answered, by status code and version.",
    labelNames: ["code", "version", "pod"],
    registers: [registry]
  });
  const latency = new import_prom_client.Histogram({
    name: "http_request_duration_seconds",
    help: "Time to answer an HTTP request, by version.",
    labelNames: ["version", "pod"],
    buckets: LATENCY_BUCKETS,
    registers: [registry]
  });
  return {
    record(status, seconds) {
      requests.inc({ code: String(status), version, pod });
      latency.observe({ version, pod }, seconds);
    },
    async expose() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    }
  };
}

// src/demo-app/app.ts
function demoConfig(env) {
  const num = (v, d) => v !== void 0 && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : d;
  return {
    version: env.VERSION || "dev",
    latencyMs: Math.max(0, num(env.LATENCY_MS, 0)),
    errorRate: Math.min(1, Math.max(0, num(env.ERROR_RATE, 0))),
    healthFail: env.HEALTH_FAIL === "true",
    crashOnStart: env.CRASH_ON_START === "true"
  };
}
var ITEMS = [
  { id: 1, name: "anvil", price: 42 },
  { id: 2, name: "rocket skates", price: 150 },
  { id: 3, name: "giant magnet", price: 99 }
];
function json(res, code, body) {
  res.writeHead(code, { "Content-Type": "application/json" });
  res.end(JSON.stringify(body));
}
async function readJson(req) {
  let text = "";
  for await (const chunk of req) {
    text += chunk;
    if (text.length > 1024 * 1024) throw new Error("body too large");
  }
  return text ? JSON.parse(text) : null;
}
async function serveMetrics(res, metrics) {
  const { contentType, body } = await metrics.expose();
  res.writeHead(200, { "Content-Type": contentType });
  res.end(body);
}
function demoHandler(config, random = Math.random, log, metrics = createAppMetrics(config.version)) {
  return async (req, res) => {
    const started = Date.now();
    if (log)
      res.on(
        "finish",
        () => log(`${(/* @__PURE__ */ new Date()).toISOString()} ${req.method} ${req.url} ${res.statusCode} ${Date.now() - started}ms`)
      );
    if (req.method === "GET" && req.url === "/metrics") return serveMetrics(res, metrics);
    const t0 = performance.now();
    res.on("finish", () => metrics.record(res.statusCode, (performance.now() - t0) / 1e3));
    if (config.latencyMs) await new Promise((r) => setTimeout(r, config.latencyMs));
    const path = (req.url ?? "/").split("?")[0];
    if (path.startsWith("/api/") && random() < config.errorRate)
      return json(res, 500, { error: "injected error", version: config.version });
    if (req.method === "GET" && path === "/healthz") {
      return config.healthFail ? json(res, 503, { status: "failing" }) : json(res, 200, { status: "ok" });
    }
    if (req.method === "GET" && path === "/version") return json(res, 200, { version: config.version });
    if (req.method === "GET" && path === "/api/items") return json(res, 200, { items: ITEMS, version: config.version });
    if (req.method === "POST" && path === "/api/echo") {
      try {
        return json(res, 200, { echo: await readJson(req), version: config.version });
      } catch {
        return json(res, 400, { error: "body must be JSON" });
      }
    }
    return json(res, 404, { error: "not found", path });
  };
}
async function startDemoApp(config, port = 0, log) {
  if (config.crashOnStart) {
    log?.(`${(/* @__PURE__ */ new Date()).toISOString()} CRASH_ON_START=true: exiting at start`);
    throw new Error("CRASH_ON_START=true: exiting at start");
  }
  const handler = demoHandler(config, Math.random, log);
  const server = createServer((req, res) => void handler(req, res).catch(() => res.destroy()));
  server.keepAliveTimeout = 5e3;
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const actual = server.address().port;
  log?.(
    `${(/* @__PURE__ */ new Date()).toISOString()} demo-app ${config.version} listening on 127.0.0.1:${actual} (latency ${config.latencyMs}ms, error rate ${config.errorRate}, health ${config.healthFail ? "failing" : "ok"})`
  );
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    })
  };
}

// src/simulator/controllers/pod-runtime.ts
function startApp(rt, env, alive, wake) {
  rt.appState = "starting";
  const log = (line) => {
    rt.logs.push(line);
    if (rt.logs.length > 1e3) rt.logs.shift();
  };
  startDemoApp(demoConfig(env), 0, log).then((app) => {
    if (!alive()) return void app.close();
    rt.app = app;
    rt.appState = "running";
  }).catch(() => void (rt.appState = "crashed")).finally(wake);
}
function probe(rt, c, wake) {
  const get2 = c.readinessProbe?.httpGet;
  if (!get2 || !rt.app || rt.probing) return;
  rt.probing = true;
  const req = request(`${rt.app.url}${get2.path ?? "/"}`, { timeout: 1e3 }, (res) => {
    res.resume();
    rt.probeOk = (res.statusCode ?? 500) < 400;
    rt.probing = false;
    wake();
  });
  req.on("error", () => void (rt.probeOk = false, rt.probing = false));
  req.end();
}

// src/simulator/controllers/pod-spec.ts
var containersOf = (pod) => pod.spec.containers;

// src/simulator/controllers/kubelet.ts
var NODE_NAME = "sim-node-1";
var demoContainer = (pod) => containersOf(pod).find((c) => isDemoApp(c.image));
var Kubelet = class {
  constructor(ctx, timing, wake) {
    this.ctx = ctx;
    this.timing = timing;
    this.wake = wake;
    ctx.store.subscribe((e) => {
      if (e.resource === R.pods && e.type === "DELETED") void this.forget(metaOf(e.object).uid ?? "");
    });
  }
  ctx;
  timing;
  wake;
  pods = /* @__PURE__ */ new Map();
  nextIp = 2;
  /** 127.0.0.1 URL of a ready demo-app pod, for Service proxies. */
  endpointOf(pod) {
    const rt = this.pods.get(metaOf(pod).uid ?? "");
    return rt?.appState === "running" ? rt.app?.url : void 0;
  }
  /** Log lines of a pod's demo-app container (what `kubectl logs` shows). */
  logsOf(pod, container) {
    const rt = this.pods.get(metaOf(pod).uid ?? "");
    const demo = demoContainer(pod);
    if (!rt || !demo || container && container !== demo.name) return void 0;
    return rt.logs.map((l) => `${l}
`).join("");
  }
  async forget(uid) {
    const rt = this.pods.get(uid);
    this.pods.delete(uid);
    await rt?.app?.close();
  }
  async stop() {
    await Promise.all([...this.pods.keys()].map((uid) => this.forget(uid)));
  }
  /** Records the pod's Events under keys, so each is said once (or once per key when repeated). */
  sayFor(pod, rt) {
    return (key, type, reason, message, repeat = false) => {
      if (!repeat && rt.said.has(key)) return;
      rt.said.add(key);
      const source = reason === "Scheduled" ? "default-scheduler" : "kubelet";
      this.ctx.events.record(pod, type, reason, message, source, NODE_NAME);
    };
  }
  /** A deleted pod: stop its container, then finish the deletion like a kubelet (grace period 0). */
  terminate(pod, rt) {
    const meta = metaOf(pod);
    if (rt.terminatingSince === void 0) {
      rt.terminatingSince = Date.now();
      void rt.app?.close();
      rt.appState = "none";
      const names = containersOf(pod).map((c) => c.name);
      this.sayFor(pod, rt)("killing", "Normal", "Killing", `Stopping container ${names.join(", ")}`);
    }
    if (Date.now() - rt.terminatingSince < this.timing.terminationMs) return;
    this.ctx.api.delete(R.pods, meta.namespace, meta.name, { gracePeriodSeconds: 0, preconditions: { uid: meta.uid } });
  }
  runtimeOf(pod) {
    const uid = metaOf(pod).uid ?? "";
    let rt = this.pods.get(uid);
    if (!rt) {
      rt = {
        createdAt: Date.now(),
        ip: `10.244.0.${this.nextIp++ % 250}`,
        appState: "none",
        said: /* @__PURE__ */ new Set(),
        logs: []
      };
      this.pods.set(uid, rt);
    }
    return rt;
  }
  /** Binds an unscheduled pod to the node, as the scheduler would. */
  bind(pod, rt) {
    const { namespace, name: name2 } = metaOf(pod);
    const bound = this.ctx.api.update(R.pods, namespace, name2, {
      ...pod,
      spec: { ...pod.spec, nodeName: NODE_NAME }
    });
    const message = `Successfully assigned ${namespace}/${name2} to ${NODE_NAME}`;
    this.sayFor(bound, rt)("scheduled", "Normal", "Scheduled", message);
    return bound;
  }
  /** One kubelet pass over a pod: bind, start, probe, report status. */
  sync(pod) {
    const rt = this.runtimeOf(pod);
    if (metaOf(pod).deletionTimestamp) return this.terminate(pod, rt);
    if (!pod.spec.nodeName) pod = this.bind(pod, rt);
    const elapsed = Date.now() - rt.createdAt;
    const demo = demoContainer(pod);
    if (demo && elapsed >= this.timing.readyDelayMs && rt.appState === "none") {
      const uid = metaOf(pod).uid ?? "";
      startApp(rt, containerEnv(this.ctx, pod, demo), () => this.pods.has(uid), this.wake);
    }
    if (demo) probe(rt, demo, this.wake);
    const say = this.sayFor(pod, rt);
    for (const c of containersOf(pod)) containerEvents(say, rt, c, elapsed, this.timing);
    this.report(pod, rt, elapsed, Boolean(demo?.readinessProbe?.httpGet), Boolean(demo));
  }
  /** Writes the pod's status when it changed (phase, conditions, container states, restarts). */
  report(pod, rt, elapsed, probed, hasDemo) {
    const appPending = hasDemo && (rt.appState === "starting" || rt.appState === "none");
    const facts = {
      crashed: rt.appState === "crashed",
      probeOk: probed ? rt.probeOk ?? false : appPending ? false : void 0
    };
    const status = desiredPodStatus(pod, elapsed, this.timing, facts, rt.ip);
    if (fingerprint(status) === fingerprint(pod.status ?? {})) return;
    const { namespace, name: name2 } = metaOf(pod);
    this.ctx.api.update(R.pods, namespace, name2, { ...pod, status }, { subresource: "status", manager: "kubelet" });
  }
};

// src/simulator/controllers/replicaset.ts
function deletionRank(p) {
  const restarts = (p.status?.containerStatuses ?? []).reduce((n2, c) => n2 + (c.restartCount ?? 0), 0);
  return [
    p.spec.nodeName ? 1 : 0,
    p.status?.phase === "Running" ? 1 : 0,
    podReady(p) ? 1 : 0,
    -restarts,
    -Date.parse(p.metadata.creationTimestamp)
  ];
}
var byRank = (a, b) => {
  const ra = deletionRank(a);
  const rb = deletionRank(b);
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
  return 0;
};
function podFromTemplate(owner, name2, extraLabels = {}) {
  const t = clone(owner.spec.template);
  return {
    metadata: {
      name: name2,
      generateName: owner.kind === "StatefulSet" ? void 0 : `${owner.metadata.name}-`,
      namespace: owner.metadata.namespace,
      labels: { ...t.metadata?.labels, ...extraLabels },
      ...t.metadata?.annotations ? { annotations: t.metadata.annotations } : {},
      ownerReferences: [ownerRef(owner)]
    },
    spec: t.spec
  };
}
async function syncReplicaSet(ctx, rs) {
  if (rs.metadata.deletionTimestamp) return;
  const ns = rs.metadata.namespace;
  let pods = ctx.store.list(R.pods, ns).filter((p) => ownedBy(p, rs) && activePod(p));
  const diff = pods.length - rs.spec.replicas;
  if (diff < 0) {
    for (let i = 0; i < -diff; i++) {
      const pod = await ctx.api.create(R.pods, ns, podFromTemplate(rs, `${rs.metadata.name}-${randomSuffix()}`), {
        manager: KCM
      });
      ctx.events.record(rs, "Normal", "SuccessfulCreate", `Created pod: ${pod.metadata.name}`, "replicaset-controller");
      pods.push(pod);
    }
  } else if (diff > 0) {
    const victims = [...pods].sort(byRank).slice(0, diff);
    for (const p of victims) {
      ctx.api.delete(R.pods, ns, p.metadata.name);
      ctx.events.record(rs, "Normal", "SuccessfulDelete", `Deleted pod: ${p.metadata.name}`, "replicaset-controller");
    }
    pods = pods.filter((p) => !victims.includes(p));
  }
  const minReady = rs.spec.minReadySeconds ?? 0;
  const status = {
    replicas: pods.length,
    fullyLabeledReplicas: pods.length,
    readyReplicas: pods.filter(podReady).length,
    availableReplicas: pods.filter((p) => podAvailable(p, minReady)).length,
    observedGeneration: rs.metadata.generation
  };
  for (const k of ["fullyLabeledReplicas", "readyReplicas", "availableReplicas"]) if (!status[k]) delete status[k];
  const fresh = ctx.store.get(R.replicasets, ns, rs.metadata.name);
  if (fresh) writeStatus(ctx, R.replicasets, fresh, status);
}

// src/simulator/controllers/history.ts
var HASH_LABEL = "controller-revision-hash";
function revisionData(owner) {
  return { spec: { template: { ...clone(owner.spec.template), $patch: "replace" } } };
}
async function syncHistory(ctx, owner) {
  const ns = owner.metadata.namespace;
  const revisions = ctx.store.list(R.controllerrevisions, ns).filter((cr) => ownedBy(cr, owner)).sort((a, b) => a.revision - b.revision);
  const data = revisionData(owner);
  const hash = templateHash(data, owner.status?.collisionCount);
  const max = Math.max(0, ...revisions.map((r) => r.revision));
  let update = revisions.find((cr) => deepEqual(cr.data, data));
  if (update && update.revision < max) {
    update = ctx.api.update(
      R.controllerrevisions,
      ns,
      update.metadata.name,
      { ...update, revision: max + 1 },
      { manager: KCM }
    );
  } else if (!update) {
    update = await ctx.api.create(
      R.controllerrevisions,
      ns,
      {
        metadata: {
          name: `${owner.metadata.name}-${hash}`,
          namespace: ns,
          labels: { ...owner.spec.selector?.matchLabels, [HASH_LABEL]: hash },
          ownerReferences: [ownerRef(owner)]
        },
        data,
        revision: max + 1
      },
      { manager: KCM }
    );
  }
  const all = ctx.store.list(R.controllerrevisions, ns).filter((cr) => ownedBy(cr, owner)).sort((a, b) => a.revision - b.revision);
  return { revisions: all, update, hash: update.metadata.labels?.[HASH_LABEL] ?? hash };
}
function trimHistory(ctx, owner, h, inUse) {
  const limit = owner.spec.revisionHistoryLimit ?? 10;
  const removable = h.revisions.filter(
    (cr) => cr.metadata.name !== h.update.metadata.name && !inUse.has(cr.metadata.name) && !inUse.has(cr.metadata.labels?.[HASH_LABEL])
  );
  for (const cr of removable.slice(0, Math.max(0, removable.length - limit)))
    ctx.api.delete(R.controllerrevisions, cr.metadata.namespace, cr.metadata.name);
}

// src/simulator/controllers/daemonset.ts
async function syncDaemonSet(ctx, ds) {
  if (ds.metadata.deletionTimestamp) return;
  const ns = ds.metadata.namespace;
  const h = await syncHistory(ctx, ds);
  let pods = ctx.store.list(R.pods, ns).filter((p) => ownedBy(p, ds) && activePod(p));
  if (!pods.length) {
    const pod = podFromTemplate(ds, `${ds.metadata.name}-${randomSuffix()}`, {
      [HASH_LABEL]: h.hash,
      "pod-template-generation": String(ds.metadata.generation)
    });
    pod.spec.nodeName = NODE_NAME;
    await ctx.api.create(R.pods, ns, pod, { manager: KCM });
    ctx.events.record(ds, "Normal", "SuccessfulCreate", `Created pod: ${pod.metadata.name}`, "daemonset-controller");
  } else if (ds.spec.updateStrategy?.type !== "OnDelete") {
    for (const p of pods.filter((x) => x.metadata.labels?.[HASH_LABEL] !== h.hash)) {
      ctx.api.delete(R.pods, ns, p.metadata.name);
      ctx.events.record(ds, "Normal", "SuccessfulDelete", `Deleted pod: ${p.metadata.name}`, "daemonset-controller");
    }
  }
  pods = ctx.store.list(R.pods, ns).filter((p) => ownedBy(p, ds) && activePod(p));
  const available = pods.filter((p) => podAvailable(p, ds.spec.minReadySeconds ?? 0)).length;
  const status = {
    currentNumberScheduled: pods.length,
    numberMisscheduled: 0,
    desiredNumberScheduled: 1,
    numberReady: pods.filter(podReady).length,
    observedGeneration: ds.metadata.generation,
    updatedNumberScheduled: pods.filter((p) => p.metadata.labels?.[HASH_LABEL] === h.hash).length,
    numberAvailable: available,
    numberUnavailable: Math.max(0, 1 - available)
  };
  for (const k of ["updatedNumberScheduled", "numberAvailable", "numberUnavailable"]) if (!status[k]) delete status[k];
  trimHistory(ctx, ds, h, new Set(pods.map((p) => p.metadata.labels?.[HASH_LABEL])));
  const fresh = ctx.store.get(R.daemonsets, ns, ds.metadata.name);
  if (fresh) writeStatus(ctx, R.daemonsets, fresh, status);
}

// src/simulator/controllers/statefulset.ts
var ordinalOf = (sts, pod) => Number(pod.metadata.name.slice(sts.metadata.name.length + 1));
async function createPod(ctx, sts, i, revision) {
  const name2 = `${sts.metadata.name}-${i}`;
  const pod = podFromTemplate(sts, name2, { [HASH_LABEL]: revision, "statefulset.kubernetes.io/pod-name": name2 });
  pod.spec.hostname = name2;
  if (sts.spec.serviceName) pod.spec.subdomain = sts.spec.serviceName;
  await ctx.api.create(R.pods, sts.metadata.namespace, pod, { manager: KCM });
  ctx.events.record(
    sts,
    "Normal",
    "SuccessfulCreate",
    `create Pod ${name2} in StatefulSet ${sts.metadata.name} successful`,
    "statefulset-controller"
  );
}
function deletePod(ctx, sts, pod) {
  ctx.api.delete(R.pods, pod.metadata.namespace, pod.metadata.name);
  ctx.events.record(
    sts,
    "Normal",
    "SuccessfulDelete",
    `delete Pod ${pod.metadata.name} in StatefulSet ${sts.metadata.name} successful`,
    "statefulset-controller"
  );
}
async function step(ctx, sts, pods, current, update) {
  const replicas = sts.spec.replicas;
  const partition = sts.spec.updateStrategy?.rollingUpdate?.partition ?? 0;
  const parallel = sts.spec.podManagementPolicy === "Parallel";
  for (let i = 0; i < replicas; i++) {
    if (!pods.has(i)) {
      await createPod(ctx, sts, i, i < partition ? current : update);
      if (!parallel) return;
    } else if (!podReady(pods.get(i)) && !parallel) return;
  }
  const extra = [...pods.keys()].filter((i) => i >= replicas).sort((a, b) => b - a);
  if (extra.length) return deletePod(ctx, sts, pods.get(extra[0]));
  if (sts.spec.updateStrategy?.type === "OnDelete") return;
  for (let i = replicas - 1; i >= partition; i--) {
    const pod = pods.get(i);
    if (pod && pod.metadata.labels?.[HASH_LABEL] !== update) return deletePod(ctx, sts, pod);
  }
}
async function syncStatefulSet(ctx, sts) {
  if (sts.metadata.deletionTimestamp) return;
  const h = await syncHistory(ctx, sts);
  const update = h.update.metadata.name;
  const current = sts.status?.currentRevision ?? update;
  const owned = ctx.store.list(R.pods, sts.metadata.namespace).filter((p) => ownedBy(p, sts) && activePod(p));
  await step(ctx, sts, new Map(owned.map((p) => [ordinalOf(sts, p), p])), current, update);
  const pods = ctx.store.list(R.pods, sts.metadata.namespace).filter((p) => ownedBy(p, sts) && activePod(p));
  const updated = pods.filter((p) => p.metadata.labels?.[HASH_LABEL] === update).length;
  const ready = pods.filter(podReady).length;
  const done = updated === sts.spec.replicas && ready === sts.spec.replicas && pods.length === sts.spec.replicas;
  const currentRevision = done ? update : current;
  const status = {
    observedGeneration: sts.metadata.generation,
    replicas: pods.length,
    readyReplicas: ready,
    currentReplicas: pods.filter((p) => p.metadata.labels?.[HASH_LABEL] === currentRevision).length,
    updatedReplicas: updated,
    currentRevision,
    updateRevision: update,
    collisionCount: 0
  };
  for (const k of ["readyReplicas", "currentReplicas", "updatedReplicas"]) if (!status[k]) delete status[k];
  trimHistory(ctx, sts, h, new Set(pods.map((p) => p.metadata.labels?.[HASH_LABEL])));
  const fresh = ctx.store.get(R.statefulsets, sts.metadata.namespace, sts.metadata.name);
  if (fresh) writeStatus(ctx, R.statefulsets, fresh, status);
}

// src/simulator/controllers/workload-sets.ts
async function syncWorkloadSets(ctx, o) {
  if (o.kind === "StatefulSet") await syncStatefulSet(ctx, o);
  else if (o.kind === "DaemonSet") await syncDaemonSet(ctx, o);
}

// src/simulator/controllers/loop.ts
var ControllerLoop = class {
  constructor(ctx, timing, tickMs = 250) {
    this.ctx = ctx;
    this.kubelet = new Kubelet(ctx, timing, () => this.schedule());
    this.unsubscribe = ctx.store.subscribe((e) => {
      if (e.resource !== R.events) this.schedule();
    });
    this.timer = setInterval(() => this.schedule(), tickMs);
    this.schedule();
  }
  ctx;
  kubelet;
  scheduled = false;
  running = false;
  again = false;
  timer;
  unsubscribe;
  lastError;
  schedule() {
    if (this.running) return void (this.again = true);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => void this.run());
  }
  async each(list3, fn) {
    for (const o of list3) {
      try {
        await fn(o);
      } catch (err) {
        this.lastError = err.message;
      }
    }
  }
  async run() {
    this.scheduled = false;
    this.running = true;
    this.again = false;
    const { store } = this.ctx;
    try {
      collectGarbage(this.ctx);
    } catch (err) {
      this.lastError = err.message;
    }
    await this.each(store.list(R.deployments), (d) => syncDeployment(this.ctx, d));
    await this.each(store.list(R.replicasets), (rs) => syncReplicaSet(this.ctx, rs));
    await this.each([...store.list(R.statefulsets), ...store.list(R.daemonsets)], (o) => syncWorkloadSets(this.ctx, o));
    await this.each(store.list(R.pods), (p) => this.kubelet.sync(p));
    await this.each([this.ctx], (ctx) => syncEndpoints(ctx));
    this.running = false;
    if (this.again) this.schedule();
  }
  async stop() {
    clearInterval(this.timer);
    this.unsubscribe();
    await this.kubelet.stop();
  }
};

// src/simulator/faults.ts
var FaultState = class {
  latencyMs = 0;
  failures = { count: 0, status: 500, pattern: void 0 };
  conflicts = 0;
  /** Returns the status to fail this request with, consuming one injected failure. */
  takeFailure(path) {
    if (this.failures.count <= 0 || this.failures.pattern && !this.failures.pattern.test(path)) return void 0;
    this.failures.count--;
    return this.failures.status;
  }
  takeConflict(method) {
    if (this.conflicts <= 0 || method !== "PUT" && method !== "PATCH") return false;
    this.conflicts--;
    return true;
  }
  controls(dropWatches, compact) {
    return {
      setLatency: (ms) => void (this.latencyMs = Math.max(0, ms)),
      failNext: (count, status, pattern) => void (this.failures = { count, status, pattern }),
      dropWatches,
      conflictNextUpdates: (count) => void (this.conflicts = count),
      compactHistory: compact,
      reset: () => {
        this.latencyMs = 0;
        this.failures = { count: 0, status: 500, pattern: void 0 };
        this.conflicts = 0;
      }
    };
  }
};

// src/simulator/kubeconfig.ts
var import_yaml = __toESM(require_dist(), 1);
function renderKubeconfig(url, token, caPem) {
  return (0, import_yaml.stringify)({
    apiVersion: "v1",
    kind: "Config",
    clusters: [
      {
        name: "deploy-kit-sim",
        cluster: {
          server: url,
          ...caPem ? { "certificate-authority-data": Buffer.from(caPem).toString("base64") } : { "insecure-skip-tls-verify": true }
        }
      }
    ],
    users: [{ name: "deploy-kit-sim", user: { token } }],
    contexts: [
      { name: "deploy-kit-sim", context: { cluster: "deploy-kit-sim", user: "deploy-kit-sim", namespace: "default" } }
    ],
    "current-context": "deploy-kit-sim",
    preferences: {}
  });
}

// src/simulator/server.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { timingSafeEqual } from "node:crypto";

// src/simulator/discovery.ts
var VERBS = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];
function entries(r) {
  const main = {
    name: r.plural,
    singularName: r.singular,
    namespaced: r.namespaced,
    kind: r.kind,
    verbs: r.plural === "events" || r.plural === "nodes" ? VERBS : VERBS,
    ...r.shortNames.length ? { shortNames: r.shortNames } : {},
    ...r.categories ? { categories: r.categories } : {}
  };
  const subs = r.subresources.map(
    (s) => s === "log" ? { name: `${r.plural}/log`, singularName: "", namespaced: true, kind: "Pod", verbs: ["get"] } : s === "scale" ? {
      name: `${r.plural}/scale`,
      singularName: "",
      namespaced: r.namespaced,
      group: "autoscaling",
      version: "v1",
      kind: "Scale",
      verbs: ["get", "patch", "update"]
    } : {
      name: `${r.plural}/status`,
      singularName: "",
      namespaced: r.namespaced,
      kind: r.kind,
      verbs: ["get", "patch", "update"]
    }
  );
  return [main, ...subs];
}
function resourceList(group2, version) {
  const rs = RESOURCES.filter((r) => r.group === group2 && r.version === version);
  if (!rs.length) return void 0;
  return {
    kind: "APIResourceList",
    apiVersion: "v1",
    groupVersion: apiVersionOf(rs[0]),
    resources: rs.flatMap(entries)
  };
}
function coreVersions(serverAddress) {
  return {
    kind: "APIVersions",
    versions: ["v1"],
    serverAddressByClientCIDRs: [{ clientCIDR: "0.0.0.0/0", serverAddress }]
  };
}
function group(name2, version) {
  const gv = { groupVersion: `${name2}/${version}`, version };
  return { name: name2, versions: [gv], preferredVersion: gv };
}
function groupList() {
  return { kind: "APIGroupList", apiVersion: "v1", groups: GROUPS.map((g) => group(g.name, g.version)) };
}
function groupInfo(name2) {
  const g = GROUPS.find((x) => x.name === name2);
  return g ? { kind: "APIGroup", apiVersion: "v1", ...group(g.name, g.version) } : void 0;
}
function versionInfo() {
  return {
    major: "1",
    minor: "32",
    gitVersion: "v1.32.0+deploy-kit-simulator",
    gitCommit: "0000000000000000000000000000000000000000",
    gitTreeState: "clean",
    buildDate: "2026-01-01T00:00:00Z",
    goVersion: "go1.23",
    compiler: "gc",
    platform: `${process.platform}/${process.arch}`
  };
}

// src/simulator/delete-handlers.ts
function deleteOptions(r) {
  let body;
  try {
    body = r.body();
  } catch {
    body = void 0;
  }
  const opts = isObject(body) ? { ...body } : {};
  const grace = r.query.get("gracePeriodSeconds");
  if (grace !== null && Number.isFinite(Number(grace))) opts.gracePeriodSeconds = Number(grace);
  const pp = r.query.get("propagationPolicy");
  if (pp) opts.propagationPolicy = pp;
  if (r.query.get("dryRun")) opts.dryRun = true;
  const policy = opts.propagationPolicy;
  if (policy && !["Orphan", "Background", "Foreground"].includes(policy)) {
    throw new ApiError(
      422,
      "Invalid",
      `DeleteOptions.meta.k8s.io "" is invalid: propagationPolicy: Unsupported value: "${policy}": supported values: "Foreground", "Background", "Orphan", "nil"`
    );
  }
  return opts;
}
function deleted(r, o) {
  if (r.plural === "pods" || r.plural === "namespaces" || metaOf(o).deletionTimestamp) return { code: 200, body: o };
  return {
    code: 200,
    body: {
      kind: "Status",
      apiVersion: "v1",
      metadata: {},
      status: "Success",
      details: { name: metaOf(o).name, ...r.group ? { group: r.group } : {}, kind: r.plural, uid: metaOf(o).uid }
    }
  };
}
function deleteObject(api, r, name2) {
  return deleted(r.resource, api.delete(r.resource, r.namespace, name2, deleteOptions(r)));
}
function deleteCollection(api, r) {
  const labels = parseLabelSelector(r.query.get("labelSelector"));
  const opts = deleteOptions(r);
  const items = api.store.list(r.resource, r.namespace).filter((o) => labels(metaOf(o).labels));
  const gone = items.map((o) => api.delete(r.resource, metaOf(o).namespace, metaOf(o).name, opts));
  return {
    code: 200,
    body: { kind: `${r.resource.kind}List`, apiVersion: apiVersionOf(r.resource), metadata: {}, items: gone }
  };
}

// src/simulator/table.ts
function age(timestamp, now = Date.now()) {
  if (!timestamp) return "<unknown>";
  const s = Math.max(0, Math.floor((now - Date.parse(timestamp)) / 1e3));
  if (s < 120) return `${s}s`;
  if (s < 600) return `${Math.floor(s / 60)}m${s % 60 ? `${s % 60}s` : ""}`;
  if (s < 3 * 3600) return `${Math.floor(s / 60)}m`;
  if (s < 48 * 3600) return `${Math.floor(s / 3600)}h`;
  return `${Math.floor(s / 86400)}d`;
}
function podStatus(p) {
  if (p.metadata.deletionTimestamp) return "Terminating";
  const waiting = (p.status?.containerStatuses ?? []).map((c) => c.state?.waiting?.reason).find(Boolean);
  return waiting ?? p.status?.phase ?? "Pending";
}
var n = (v) => Number(v ?? 0);
var containers = (o) => o.spec?.template?.spec?.containers ?? [];
var name = ["Name", "string", (o) => o.metadata.name];
var ageCol = ["Age", "string", (o) => age(o.metadata.creationTimestamp)];
var COLUMNS = {
  Pod: [
    name,
    [
      "Ready",
      "string",
      (p) => `${(p.status?.containerStatuses ?? []).filter((c) => c.ready).length}/${(p.spec?.containers ?? []).length}`
    ],
    ["Status", "string", podStatus],
    [
      "Restarts",
      "integer",
      (p) => (p.status?.containerStatuses ?? []).reduce((t, c) => t + n(c.restartCount), 0)
    ],
    ageCol,
    ["IP", "string", (p) => p.status?.podIP ?? "<none>", 1],
    ["Node", "string", (p) => p.spec?.nodeName ?? "<none>", 1]
  ],
  Deployment: [
    name,
    ["Ready", "string", (d) => `${n(d.status?.readyReplicas)}/${n(d.spec?.replicas)}`],
    ["Up-to-date", "integer", (d) => n(d.status?.updatedReplicas)],
    ["Available", "integer", (d) => n(d.status?.availableReplicas)],
    ageCol,
    [
      "Containers",
      "string",
      (d) => containers(d).map((c) => c.name).join(","),
      1
    ],
    [
      "Images",
      "string",
      (d) => containers(d).map((c) => c.image).join(","),
      1
    ]
  ],
  ReplicaSet: [
    name,
    ["Desired", "integer", (r) => n(r.spec?.replicas)],
    ["Current", "integer", (r) => n(r.status?.replicas)],
    ["Ready", "integer", (r) => n(r.status?.readyReplicas)],
    ageCol
  ],
  StatefulSet: [name, ["Ready", "string", (s) => `${n(s.status?.readyReplicas)}/${n(s.spec?.replicas)}`], ageCol],
  DaemonSet: [
    name,
    ["Desired", "integer", (d) => n(d.status?.desiredNumberScheduled)],
    ["Current", "integer", (d) => n(d.status?.currentNumberScheduled)],
    ["Ready", "integer", (d) => n(d.status?.numberReady)],
    ["Up-to-date", "integer", (d) => n(d.status?.updatedNumberScheduled)],
    ["Available", "integer", (d) => n(d.status?.numberAvailable)],
    [
      "Node Selector",
      "string",
      (d) => Object.entries(d.spec?.template?.spec?.nodeSelector ?? {}).map(([k, v]) => `${k}=${v}`).join(",") || "<none>"
    ],
    ageCol
  ],
  Service: [
    name,
    ["Type", "string", (s) => s.spec?.type ?? "ClusterIP"],
    ["Cluster-IP", "string", (s) => s.spec?.clusterIP ?? "<none>"],
    ["External-IP", "string", (s) => s.spec?.type === "LoadBalancer" ? "<pending>" : "<none>"],
    [
      "Port(s)",
      "string",
      (s) => (s.spec?.ports ?? []).map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ""}/${p.protocol ?? "TCP"}`).join(",") || "<none>"
    ],
    ageCol
  ],
  Namespace: [name, ["Status", "string", (ns) => ns.status?.phase ?? "Active"], ageCol],
  ConfigMap: [
    name,
    ["Data", "integer", (c) => Object.keys(c.data ?? {}).length + Object.keys(c.binaryData ?? {}).length],
    ageCol
  ],
  Secret: [
    name,
    ["Type", "string", (s) => s.type ?? "Opaque"],
    ["Data", "integer", (s) => Object.keys(s.data ?? {}).length],
    ageCol
  ],
  Endpoints: [
    name,
    [
      "Endpoints",
      "string",
      (e) => {
        const addrs = (e.subsets ?? []).flatMap(
          (s) => (s.addresses ?? []).flatMap((a) => (s.ports ?? []).map((p) => `${a.ip}:${p.port}`))
        );
        return addrs.length ? addrs.slice(0, 3).join(",") + (addrs.length > 3 ? ` + ${addrs.length - 3} more...` : "") : "<none>";
      }
    ],
    ageCol
  ],
  ServiceAccount: [name, ["Secrets", "integer", (s) => (s.secrets ?? []).length], ageCol],
  ControllerRevision: [
    name,
    [
      "Controller",
      "string",
      (c) => {
        const o = (c.metadata.ownerReferences ?? [])[0];
        return o ? `${o.kind.toLowerCase()}.apps/${o.name}` : "<none>";
      }
    ],
    ["Revision", "integer", (c) => n(c.revision)],
    ageCol
  ],
  Event: [
    ["Last Seen", "string", (e) => age(e.lastTimestamp ?? e.metadata.creationTimestamp)],
    ["Type", "string", (e) => e.type ?? ""],
    ["Reason", "string", (e) => e.reason ?? ""],
    [
      "Object",
      "string",
      (e) => `${String(e.involvedObject?.kind ?? "").toLowerCase()}/${e.involvedObject?.name ?? ""}`
    ],
    ["Message", "string", (e) => e.message ?? ""]
  ]
};
var wantsTable = (accept) => /as=Table/.test(accept ?? "");
function toTable(kind, items, resourceVersion, includeObject = "Metadata", withColumns = true) {
  const cols = COLUMNS[kind] ?? [name, ageCol];
  return {
    kind: "Table",
    apiVersion: "meta.k8s.io/v1",
    metadata: { resourceVersion },
    columnDefinitions: withColumns ? cols.map(([title, type, , priority]) => ({
      name: title,
      type,
      format: title === "Name" ? "name" : "",
      description: title,
      priority: priority ?? 0
    })) : [],
    rows: items.map((o) => ({
      cells: cols.map(([, , cell]) => cell(o)),
      object: includeObject === "Object" ? o : includeObject === "None" ? void 0 : { kind: "PartialObjectMetadata", apiVersion: "meta.k8s.io/v1", metadata: o.metadata }
    }))
  };
}

// src/simulator/read-handlers.ts
function list2(api, r) {
  const labels = parseLabelSelector(r.query.get("labelSelector"));
  const fields = parseFieldSelector(r.query.get("fieldSelector"), r.resource.kind);
  let items = api.store.list(r.resource, r.namespace).filter((o) => labels(metaOf(o).labels) && fields(o));
  const limit = Number(r.query.get("limit") ?? 0);
  const offset = Number(Buffer.from(r.query.get("continue") ?? "", "base64").toString() || 0);
  let next;
  if (limit > 0) {
    next = offset + limit < items.length ? Buffer.from(String(offset + limit)).toString("base64") : void 0;
    items = items.slice(offset, offset + limit);
  }
  const metadata = { resourceVersion: String(api.store.resourceVersion), ...next ? { continue: next } : {} };
  if (wantsTable(r.req.headers.accept)) {
    return {
      code: 200,
      body: {
        ...toTable(r.resource.kind, items, metadata.resourceVersion, r.query.get("includeObject") ?? void 0),
        metadata
      }
    };
  }
  return { code: 200, body: { kind: `${r.resource.kind}List`, apiVersion: apiVersionOf(r.resource), metadata, items } };
}
var wantsWatch = (r) => ["true", "1"].includes(r.query.get("watch") ?? "");
function watch(hub, r) {
  const labels = parseLabelSelector(r.query.get("labelSelector"));
  const fields = parseFieldSelector(r.query.get("fieldSelector"), r.resource.kind);
  hub.serve(r.req, r.res, {
    resource: r.resource,
    namespace: r.namespace,
    matches: (o) => labels(metaOf(o).labels) && fields(o),
    resourceVersion: r.query.get("resourceVersion") ?? void 0,
    bookmarks: r.query.get("allowWatchBookmarks") === "true",
    timeoutSeconds: Number(r.query.get("timeoutSeconds")) || void 0,
    render: wantsTable(r.req.headers.accept) ? (o, first) => toTable(r.resource.kind, [o], metaOf(o).resourceVersion, r.query.get("includeObject") ?? void 0, first) : void 0
  });
}
function get(api, r, name2) {
  const obj2 = api.store.mustGet(r.resource, r.namespace, name2);
  if (!r.subresource && wantsTable(r.req.headers.accept))
    return {
      code: 200,
      body: toTable(r.resource.kind, [obj2], metaOf(obj2).resourceVersion, r.query.get("includeObject") ?? void 0)
    };
  return { code: 200, body: obj2 };
}

// src/simulator/resource-request.ts
var PATCH_TYPES = {
  "application/json-patch+json": "json",
  "application/merge-patch+json": "merge",
  "application/strategic-merge-patch+json": "strategic",
  "application/apply-patch+yaml": "apply"
};
function manager(r) {
  return r.query.get("fieldManager") || r.userAgent.split("/")[0] || "unknown";
}
function methodNotAllowed() {
  return new ApiError(405, "MethodNotAllowed", "the server does not allow this method on the requested resource");
}

// src/simulator/subresource-handlers.ts
function scaleOf(o) {
  const meta = metaOf(o);
  const spec = o.spec;
  const status = o.status;
  return {
    kind: "Scale",
    apiVersion: "autoscaling/v1",
    metadata: {
      name: meta.name,
      namespace: meta.namespace,
      uid: meta.uid,
      resourceVersion: meta.resourceVersion,
      creationTimestamp: meta.creationTimestamp
    },
    spec: { replicas: spec?.replicas ?? 0 },
    status: { replicas: status?.replicas ?? 0, selector: selectorString(spec?.selector) }
  };
}
function scale(api, r, name2) {
  const live = api.store.mustGet(r.resource, r.namespace, name2);
  if (r.method === "GET") return { code: 200, body: scaleOf(live) };
  let wanted;
  if (r.method === "PUT") wanted = r.body();
  else {
    const type = PATCH_TYPES[r.contentType];
    const cur = scaleOf(live);
    const p = r.body();
    wanted = type === "json" ? applyJsonPatch(cur, p) : type === "merge" ? applyMergePatch(cur, p) : strategicMerge(cur, p);
  }
  const replicas = wanted?.spec?.replicas;
  if (replicas === void 0 || !Number.isInteger(replicas) || replicas < 0) {
    throw new ApiError(
      422,
      "Invalid",
      `Scale.autoscaling "${name2}" is invalid: spec.replicas: Invalid value: ${JSON.stringify(replicas)}: must be greater than or equal to 0`
    );
  }
  const rv = wanted.metadata?.resourceVersion;
  const updated = api.update(
    r.resource,
    r.namespace,
    name2,
    {
      ...live,
      metadata: { ...metaOf(live), resourceVersion: rv ?? metaOf(live).resourceVersion },
      spec: { ...live.spec, replicas }
    },
    { manager: manager(r) }
  );
  return { code: 200, body: scaleOf(updated) };
}
function logs(api, r, name2) {
  if (r.method !== "GET") throw methodNotAllowed();
  const pod = api.store.mustGet(r.resource, r.namespace, name2);
  const containers2 = pod.spec.containers;
  const container = r.query.get("container") ?? containers2[0]?.name;
  if (!containers2.some((c) => c.name === container)) {
    throw badRequest(`container ${container} is not valid for pod ${name2}`);
  }
  let text = r.podLogs?.(r.namespace ?? "", name2, container) ?? "";
  const tail = Number(r.query.get("tailLines") ?? -1);
  if (tail >= 0)
    text = text.split("\n").filter(Boolean).slice(-tail).map((l) => `${l}
`).join("");
  return { code: 200, body: text, contentType: "text/plain" };
}

// src/simulator/write-handlers.ts
function writeOptions(r) {
  return {
    manager: manager(r),
    dryRun: Boolean(r.query.get("dryRun")),
    subresource: r.subresource,
    fieldValidation: r.query.get("fieldValidation") ?? void 0
  };
}
async function create(api, r) {
  return {
    code: 201,
    body: await api.create(r.resource, r.namespace, r.body(), {
      manager: manager(r),
      dryRun: Boolean(r.query.get("dryRun")),
      fieldValidation: r.query.get("fieldValidation") ?? void 0
    })
  };
}
function replace(api, r, name2) {
  return { code: 200, body: api.update(r.resource, r.namespace, name2, r.body(), writeOptions(r)) };
}
async function patch(api, r, name2) {
  const type = PATCH_TYPES[r.contentType];
  if (!type) {
    throw new ApiError(
      415,
      "UnsupportedMediaType",
      `the body of the request was in an unknown format - accepted media types include: ${Object.keys(PATCH_TYPES).join(", ")}`
    );
  }
  const existed = Boolean(api.store.get(r.resource, r.namespace, name2));
  const force = r.query.get("force") === "true";
  if (r.query.get("force") && type !== "apply")
    throw badRequest("force is not allowed to be set for non-apply patch operations");
  const out = await api.patch(r.resource, r.namespace, name2, type, r.body(), { ...writeOptions(r), force });
  return { code: existed ? 200 : 201, body: out };
}

// src/simulator/handlers.ts
function onCollection(api, hub, r) {
  switch (r.method) {
    case "GET":
      if (!wantsWatch(r)) return list2(api, r);
      watch(hub, r);
      return void 0;
    case "POST":
      return create(api, r);
    case "DELETE":
      return deleteCollection(api, r);
    default:
      throw methodNotAllowed();
  }
}
function onObject(api, r, name2) {
  const sub = r.subresource;
  if (sub && !r.resource.subresources.includes(sub))
    throw new ApiError(404, "NotFound", "the server could not find the requested resource");
  if (sub === "scale") return scale(api, r, name2);
  if (sub === "log") return logs(api, r, name2);
  switch (r.method) {
    case "GET":
      return get(api, r, name2);
    case "PUT":
      return replace(api, r, name2);
    case "PATCH":
      return patch(api, r, name2);
    case "DELETE":
      return deleteObject(api, r, name2);
    default:
      throw methodNotAllowed();
  }
}
async function handleResource(api, hub, r) {
  return r.name ? await onObject(api, r, r.name) : await onCollection(api, hub, r);
}

// src/simulator/openapi.ts
import { createHash } from "node:crypto";
var ref = (name2) => ({ $ref: `#/components/schemas/${name2}` });
var CORE = "io.k8s.api.core.v1.";
var META = "io.k8s.apimachinery.pkg.apis.meta.v1.";
var str = { type: "string" };
var strMap = { type: "object", additionalProperties: str };
var keyed = (items, key, retain = false) => ({
  type: "array",
  items,
  "x-kubernetes-list-type": "map",
  "x-kubernetes-list-map-keys": [key],
  "x-kubernetes-patch-merge-key": key,
  "x-kubernetes-patch-strategy": retain ? "merge,retainKeys" : "merge"
});
var obj = (properties, extra = {}) => ({ type: "object", properties, ...extra });
function sharedSchemas() {
  return {
    [`${META}ObjectMeta`]: obj({
      name: str,
      namespace: str,
      generateName: str,
      labels: strMap,
      annotations: strMap,
      uid: str,
      resourceVersion: str,
      finalizers: { type: "array", items: str, "x-kubernetes-patch-strategy": "merge" },
      ownerReferences: keyed(obj({ uid: str, name: str, kind: str, apiVersion: str }), "uid")
    }),
    [`${META}LabelSelector`]: obj({
      matchLabels: strMap,
      matchExpressions: { type: "array", items: obj({ key: str }) }
    }),
    [`${CORE}EnvVar`]: obj({ name: str, value: str }),
    [`${CORE}ContainerPort`]: obj({ containerPort: { type: "integer" }, name: str, protocol: str }),
    [`${CORE}VolumeMount`]: obj({ mountPath: str, name: str }),
    [`${CORE}Container`]: obj({
      name: str,
      image: str,
      args: { type: "array", items: str },
      command: { type: "array", items: str },
      env: keyed(ref(`${CORE}EnvVar`), "name"),
      ports: keyed(ref(`${CORE}ContainerPort`), "containerPort"),
      volumeMounts: keyed(ref(`${CORE}VolumeMount`), "mountPath")
    }),
    [`${CORE}PodSpec`]: obj({
      containers: keyed(ref(`${CORE}Container`), "name"),
      initContainers: keyed(ref(`${CORE}Container`), "name"),
      volumes: keyed(obj({ name: str }), "name", true),
      imagePullSecrets: keyed(obj({ name: str }), "name")
    }),
    [`${CORE}PodTemplateSpec`]: obj({ metadata: ref(`${META}ObjectMeta`), spec: ref(`${CORE}PodSpec`) }),
    [`${CORE}ServiceSpec`]: obj({
      ports: keyed(obj({ port: { type: "integer" }, name: str }), "port"),
      selector: strMap,
      type: str
    }),
    workloadSpec: obj({
      replicas: { type: "integer" },
      selector: ref(`${META}LabelSelector`),
      template: ref(`${CORE}PodTemplateSpec`),
      strategy: obj({ type: str }, { "x-kubernetes-patch-strategy": "retainKeys" })
    })
  };
}
function specRef(r) {
  if (r.plural === "pods") return ref(`${CORE}PodSpec`);
  if (r.plural === "services") return ref(`${CORE}ServiceSpec`);
  if (["deployments", "replicasets", "statefulsets", "daemonsets"].includes(r.plural)) return ref("workloadSpec");
  return void 0;
}
var schemaName = (r) => `io.k8s.api.${r.group || "core"}.${r.version}.${r.kind}`;
var gvk = (r) => ({ group: r.group, version: r.version, kind: r.kind });
var QUERY = ["dryRun", "fieldManager", "fieldValidation", "force", "pretty"].map((name2) => ({
  name: name2,
  in: "query",
  schema: str
}));
var PATCH_TYPES2 = [
  "application/apply-patch+yaml",
  "application/json-patch+json",
  "application/merge-patch+json",
  "application/strategic-merge-patch+json"
];
function paths(r) {
  const base = r.group ? `/apis/${r.group}/${r.version}` : `/api/${r.version}`;
  const coll = r.namespaced ? `${base}/namespaces/{namespace}/${r.plural}` : `${base}/${r.plural}`;
  const body = { content: { "application/json": { schema: ref(schemaName(r)) } } };
  const op = (action, extra = {}) => ({
    operationId: `${action}${r.kind}`,
    "x-kubernetes-action": action,
    "x-kubernetes-group-version-kind": gvk(r),
    parameters: QUERY,
    responses: { 200: { description: "OK", content: { "application/json": { schema: ref(schemaName(r)) } } } },
    ...extra
  });
  const patch2 = op("patch", {
    requestBody: { content: Object.fromEntries(PATCH_TYPES2.map((t) => [t, { schema: { type: "object" } }])) }
  });
  return {
    [coll]: { get: op("list"), post: op("post", { requestBody: body }) },
    [`${coll}/{name}`]: { get: op("get"), put: op("put", { requestBody: body }), patch: patch2, delete: op("delete") },
    ...r.subresources.includes("status") ? { [`${coll}/{name}/status`]: { get: op("get"), put: op("put", { requestBody: body }), patch: patch2 } } : {}
  };
}
function openapiV3Doc(groupVersion) {
  const rs = RESOURCES.filter((r) => apiVersionOf(r) === groupVersion);
  if (!rs.length) return void 0;
  const schemas = sharedSchemas();
  for (const r of rs) {
    const spec = specRef(r);
    schemas[schemaName(r)] = obj(
      {
        apiVersion: str,
        kind: str,
        metadata: ref(`${META}ObjectMeta`),
        ...spec ? { spec } : {},
        status: { type: "object" },
        data: strMap
      },
      { "x-kubernetes-group-version-kind": [gvk(r)] }
    );
  }
  return {
    openapi: "3.0.0",
    info: { title: "deploy-kit simulator", version: "v1.32.0" },
    paths: Object.assign({}, ...rs.map(paths)),
    components: { schemas }
  };
}
var hashOf = (gv) => createHash("sha512").update(JSON.stringify(openapiV3Doc(gv))).digest("hex").slice(0, 64).toUpperCase();
function openapiV3Index() {
  const gvs = [...new Set(RESOURCES.map(apiVersionOf))];
  const key = (gv) => gv === "v1" ? "api/v1" : `apis/${gv}`;
  return {
    paths: Object.fromEntries(
      gvs.map((gv) => [key(gv), { serverRelativeURL: `/openapi/v3/${key(gv)}?hash=${hashOf(gv)}` }])
    )
  };
}

// src/simulator/protobuf.ts
var S = {
  Unknown: { 1: ["typeMeta", "TypeMeta"], 2: ["raw", "bytes"] },
  TypeMeta: { 1: ["apiVersion", "string"], 2: ["kind", "string"] },
  ObjectMeta: {
    1: ["name", "string"],
    2: ["generateName", "string"],
    3: ["namespace", "string"],
    11: ["labels", "map"],
    12: ["annotations", "map"],
    14: ["finalizers", "string", true]
  },
  Namespace: { 1: ["metadata", "ObjectMeta"], 2: ["spec", "NamespaceSpec"] },
  NamespaceSpec: { 1: ["finalizers", "string", true] },
  ConfigMap: {
    1: ["metadata", "ObjectMeta"],
    2: ["data", "map"],
    3: ["binaryData", "bytesmap"],
    4: ["immutable", "bool"]
  },
  Secret: {
    1: ["metadata", "ObjectMeta"],
    2: ["data", "bytesmap"],
    3: ["type", "string"],
    4: ["stringData", "map"],
    5: ["immutable", "bool"]
  },
  ServiceAccount: { 1: ["metadata", "ObjectMeta"], 4: ["automountServiceAccountToken", "bool"] },
  Deployment: { 1: ["metadata", "ObjectMeta"], 2: ["spec", "DeploymentSpec"] },
  DeploymentSpec: {
    1: ["replicas", "int"],
    2: ["selector", "LabelSelector"],
    3: ["template", "PodTemplateSpec"],
    4: ["strategy", "DeploymentStrategy"],
    5: ["minReadySeconds", "int"],
    6: ["revisionHistoryLimit", "int"],
    7: ["paused", "bool"],
    9: ["progressDeadlineSeconds", "int"]
  },
  DeploymentStrategy: { 1: ["type", "string"] },
  LabelSelector: { 1: ["matchLabels", "map"] },
  PodTemplateSpec: { 1: ["metadata", "ObjectMeta"], 2: ["spec", "PodSpec"] },
  PodSpec: {
    2: ["containers", "Container", true],
    3: ["restartPolicy", "string"],
    6: ["dnsPolicy", "string"],
    8: ["serviceAccountName", "string"]
  },
  Container: {
    1: ["name", "string"],
    2: ["image", "string"],
    3: ["command", "string", true],
    4: ["args", "string", true],
    6: ["ports", "ContainerPort", true],
    7: ["env", "EnvVar", true],
    8: ["resources", "Empty"],
    14: ["imagePullPolicy", "string"]
  },
  ContainerPort: { 1: ["name", "string"], 3: ["containerPort", "int"], 4: ["protocol", "string"] },
  EnvVar: { 1: ["name", "string"], 2: ["value", "string"] },
  Empty: {},
  Service: { 1: ["metadata", "ObjectMeta"], 2: ["spec", "ServiceSpec"] },
  ServiceSpec: {
    1: ["ports", "ServicePort", true],
    2: ["selector", "map"],
    3: ["clusterIP", "string"],
    4: ["type", "string"]
  },
  ServicePort: {
    1: ["name", "string"],
    2: ["protocol", "string"],
    3: ["port", "int"],
    4: ["targetPort", "IntOrString"],
    5: ["nodePort", "int"]
  },
  IntOrString: { 1: ["type", "int"], 2: ["intVal", "int"], 3: ["strVal", "string"] }
};
var POINTER = /* @__PURE__ */ new Set([
  "replicas",
  "revisionHistoryLimit",
  "progressDeadlineSeconds",
  "immutable",
  "automountServiceAccountToken",
  "intVal",
  "type"
]);
var Reader = class {
  constructor(buf) {
    this.buf = buf;
  }
  buf;
  pos = 0;
  get done() {
    return this.pos >= this.buf.length;
  }
  varint() {
    let result = 0;
    let shift = 0;
    for (; ; ) {
      if (this.pos >= this.buf.length) throw badRequest("protobuf: truncated varint");
      const b = this.buf[this.pos++];
      result += (b & 127) * 2 ** shift;
      if (!(b & 128)) return result;
      shift += 7;
      if (shift > 63) throw badRequest("protobuf: varint too long");
    }
  }
  bytes() {
    const len = this.varint();
    if (this.pos + len > this.buf.length) throw badRequest("protobuf: truncated field");
    const out = this.buf.subarray(this.pos, this.pos + len);
    this.pos += len;
    return out;
  }
  skip(wire) {
    if (wire === 0) this.varint();
    else if (wire === 2) this.bytes();
    else if (wire === 1) this.pos += 8;
    else if (wire === 5) this.pos += 4;
    else throw badRequest(`protobuf: unsupported wire type ${wire}`);
  }
};
function mapEntry(buf, bytesValues) {
  const r = new Reader(buf);
  let key = "";
  let value = "";
  while (!r.done) {
    const tag = r.varint();
    const data = r.bytes();
    if (tag >>> 3 === 1) key = data.toString("utf8");
    else value = bytesValues ? data.toString("base64") : data.toString("utf8");
  }
  return [key, value];
}
function decode(buf, type, depth = 0) {
  if (depth > 20) throw badRequest("protobuf: nesting too deep");
  const schema = S[type];
  const out = {};
  const r = new Reader(buf);
  while (!r.done) {
    const tag = r.varint();
    const [name2, ftype, repeated] = schema[Math.floor(tag / 8)] ?? [];
    const wire = tag & 7;
    if (!name2) {
      r.skip(wire);
      continue;
    }
    let value;
    if (ftype === "int") value = r.varint();
    else if (ftype === "bool") value = r.varint() !== 0;
    else if (ftype === "string") value = r.bytes().toString("utf8");
    else if (ftype === "bytes") value = r.bytes();
    else if (ftype === "map" || ftype === "bytesmap") {
      const [k, v] = mapEntry(r.bytes(), ftype === "bytesmap");
      out[name2] = { ...out[name2], [k]: v };
      continue;
    } else value = decode(r.bytes(), ftype, depth + 1);
    if (repeated) (out[name2] ??= []).push(value);
    else if (value === "" || (value === 0 || value === false) && !POINTER.has(name2)) continue;
    else out[name2] = value;
  }
  return out;
}
function intOrString(v) {
  return v.type === 1 ? v.strVal ?? "" : v.intVal ?? 0;
}
function decodeProtobuf(body) {
  if (body.length < 4 || body.subarray(0, 4).toString("latin1") !== "k8s\0")
    throw badRequest("protobuf: missing the k8s envelope");
  const unknown = decode(body.subarray(4), "Unknown");
  const kind = unknown.typeMeta?.kind ?? "";
  if (!S[kind] || !["Namespace", "ConfigMap", "Secret", "ServiceAccount", "Deployment", "Service"].includes(kind)) {
    throw new ApiError(
      415,
      "UnsupportedMediaType",
      `protobuf bodies of kind "${kind}" are not supported by the simulator; send application/json`
    );
  }
  const obj2 = decode(unknown.raw ?? Buffer.alloc(0), kind);
  for (const p of obj2.spec?.ports ?? []) if (p.targetPort) p.targetPort = intOrString(p.targetPort);
  return { apiVersion: unknown.typeMeta.apiVersion, kind, ...obj2 };
}

// src/simulator/server.ts
var MAX_BODY = 3 * 1024 * 1024;
var PUBLIC = /* @__PURE__ */ new Set(["/healthz", "/livez", "/readyz", "/version"]);
var notFoundPath = () => new ApiError(404, "NotFound", "the server could not find the requested resource", {});
function send(res, reply) {
  if (res.headersSent) return void res.end();
  const text = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body);
  const headers = {
    "Content-Type": reply.contentType ?? "application/json",
    "Cache-Control": "no-cache, private"
  };
  if (reply.code === 429) headers["Retry-After"] = "1";
  res.writeHead(reply.code, headers);
  res.end(text);
}
var errorReply = (err) => {
  const e = asApiError(err);
  return { code: e.code, body: e.toStatus() };
};
async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY)
      throw new ApiError(413, "RequestEntityTooLarge", `Request entity too large: limit is ${MAX_BODY}`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
function parser(raw, contentType) {
  let cached;
  return () => {
    if (cached) return cached.value;
    if (contentType === "application/vnd.kubernetes.protobuf") return (cached = { value: decodeProtobuf(raw) }).value;
    const text = raw.toString("utf8");
    if (!text.trim()) throw badRequest("the body of the request is empty; an object is required");
    try {
      const value = /yaml/.test(contentType) ? (0, import_yaml2.parse)(text, { maxAliasCount: 50 }) : JSON.parse(text);
      cached = { value };
      return value;
    } catch (err) {
      throw badRequest(
        `error decoding ${/yaml/.test(contentType) ? "YAML" : "JSON"}: ${err.message.split("\n")[0]}`
      );
    }
  };
}
function authorized(req, token) {
  const header = req.headers.authorization ?? "";
  const given = Buffer.from(header.startsWith("Bearer ") ? header.slice(7) : "");
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}
function staticRoute(path, deps) {
  const segs = path.split("/").filter(Boolean);
  if (PUBLIC.has(path))
    return path === "/version" ? { code: 200, body: versionInfo() } : { code: 200, body: "ok", contentType: "text/plain" };
  if (path === "/api") return { code: 200, body: coreVersions(deps.address()) };
  if (path === "/apis") return { code: 200, body: groupList() };
  if (path === "/api/v1") return { code: 200, body: resourceList("", "v1") };
  if (segs[0] === "apis" && segs.length === 2) {
    const g = groupInfo(segs[1]);
    return g ? { code: 200, body: g } : void 0;
  }
  if (segs[0] === "apis" && segs.length === 3) {
    const l = resourceList(segs[1], segs[2]);
    return l ? { code: 200, body: l } : void 0;
  }
  if (path === "/openapi/v3") return { code: 200, body: openapiV3Index() };
  if (path.startsWith("/openapi/v3/")) {
    const gv = path.slice("/openapi/v3/".length).replace(/^apis?\//, "");
    const doc = openapiV3Doc(gv);
    return doc ? { code: 200, body: doc } : void 0;
  }
  return void 0;
}
async function route(req, res, deps, url) {
  const fixed = staticRoute(url.pathname, deps);
  if (fixed) return fixed;
  let segs;
  try {
    segs = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
  } catch {
    throw badRequest(`malformed path: ${url.pathname.slice(0, 200)}`);
  }
  let group2 = "", version, rest;
  if (segs[0] === "api" && segs[1] === "v1") [version, rest] = ["v1", segs.slice(2)];
  else if (segs[0] === "apis" && segs.length >= 4) [group2, version, rest] = [segs[1], segs[2], segs.slice(3)];
  else throw notFoundPath();
  let namespace;
  if (rest[0] === "namespaces" && rest.length >= 3 && findResource(group2, version, rest[2])?.namespaced)
    [namespace, rest] = [rest[1], rest.slice(2)];
  const resource = findResource(group2, version, rest[0]);
  if (!resource || rest.length > 3) throw notFoundPath();
  const body = await readBody(req);
  const contentType = (req.headers["content-type"] ?? "application/json").split(";")[0].trim();
  if (deps.faults.takeConflict(req.method ?? "") && rest[1]) throw conflict(resource, rest[1]);
  return handleResource(deps.api, deps.hub, {
    resource,
    namespace,
    name: rest[1],
    subresource: rest[2],
    method: req.method ?? "GET",
    query: url.searchParams,
    contentType,
    body: parser(body, contentType),
    userAgent: String(req.headers["user-agent"] ?? ""),
    req,
    res,
    podLogs: deps.podLogs
  });
}
function createListener(deps) {
  return (req, res) => {
    void (async () => {
      let reply;
      try {
        const url = new URL(req.url ?? "/", "http://sim");
        if (!PUBLIC.has(url.pathname) && !authorized(req, deps.token))
          throw new ApiError(401, "Unauthorized", "Unauthorized");
        if (deps.faults.latencyMs) await new Promise((r) => setTimeout(r, deps.faults.latencyMs));
        const injected = deps.faults.takeFailure(url.pathname);
        if (injected) {
          const reason = { 429: "TooManyRequests", 500: "InternalError", 503: "ServiceUnavailable" }[injected];
          throw new ApiError(injected, reason, `injected fault: ${reason}`);
        }
        reply = await route(req, res, deps, url);
      } catch (err) {
        reply = errorReply(err);
      }
      if (reply) send(res, reply);
    })().catch(() => res.destroy());
  };
}

// src/simulator/service-proxy.ts
import { createServer as createServer2, request as request2 } from "node:http";
var URL_ANNOTATION = "sim.deploy-kit.dev/url";
var ServiceProxies = class {
  constructor(store, kubelet) {
    this.store = store;
    this.kubelet = kubelet;
    store.subscribe((e) => {
      if (e.resource === R.services && e.type === "DELETED")
        void this.close(`${metaOf(e.object).namespace}/${metaOf(e.object).name}`);
    });
  }
  store;
  kubelet;
  servers = /* @__PURE__ */ new Map();
  turn = 0;
  url(namespace, name2) {
    return this.servers.get(`${namespace}/${name2}`)?.url;
  }
  /** Called before a Service is stored: listens and records the URL annotation. */
  async allocate(svc) {
    const meta = metaOf(svc);
    const namespace = meta.namespace ?? "default";
    const key = `${namespace}/${meta.name}`;
    await this.close(key);
    const server = createServer2((req, res) => this.forward(namespace, meta.name, req, res));
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${server.address().port}`;
    this.servers.set(key, { server, url });
    meta.annotations = { ...meta.annotations, [URL_ANNOTATION]: url };
  }
  endpoints(namespace, name2) {
    const svc = this.store.get(R.services, namespace, name2);
    const selector = svc?.spec?.selector;
    if (!selector) return [];
    const kubelet = this.kubelet();
    return this.store.list(R.pods, namespace).filter(
      (p) => !metaOf(p).deletionTimestamp && podReady(p) && selectorMatches({ matchLabels: selector }, metaOf(p).labels)
    ).map((p) => kubelet.endpointOf(p)).filter((u) => Boolean(u));
  }
  forward(namespace, name2, req, res) {
    const targets = this.endpoints(namespace, name2);
    if (!targets.length) {
      res.writeHead(503, { "Content-Type": "application/json" });
      return void res.end(JSON.stringify({ error: `no ready endpoints for service ${namespace}/${name2}` }));
    }
    const target = new URL(req.url ?? "/", targets[this.turn++ % targets.length]);
    const upstream = request2(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ error: "upstream pod failed" }));
    });
    req.pipe(upstream);
  }
  async close(key) {
    const entry = this.servers.get(key);
    this.servers.delete(key);
    if (!entry) return;
    entry.server.closeAllConnections();
    await new Promise((resolve) => entry.server.close(() => resolve()));
  }
  async stop() {
    await Promise.all([...this.servers.keys()].map((k) => this.close(k)));
  }
};

// src/simulator/store.ts
import { randomUUID } from "node:crypto";
var specOf = (o) => {
  const rest = { ...o };
  delete rest.metadata;
  delete rest.status;
  return rest;
};
var ObjectStore = class {
  constructor(maxHistory = 5e3) {
    this.maxHistory = maxHistory;
  }
  maxHistory;
  rv = 1;
  data = /* @__PURE__ */ new Map();
  history = [];
  listeners = /* @__PURE__ */ new Set();
  get resourceVersion() {
    return this.rv;
  }
  /** Oldest resourceVersion a watch may resume from (older ones get 410 Gone). */
  get oldestResumable() {
    return this.history.length ? this.history[0].rv - 1 : this.rv;
  }
  /** Drops the event history (fault injection: watches resuming from before now get 410). */
  compact() {
    this.history.length = 0;
  }
  eventsSince(rv) {
    return this.history.filter((e) => e.rv > rv);
  }
  subscribe(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  bucket(r) {
    let b = this.data.get(keyOf(r));
    if (!b) this.data.set(keyOf(r), b = /* @__PURE__ */ new Map());
    return b;
  }
  get(r, namespace, name2) {
    return clone(this.bucket(r).get(`${namespace ?? ""}/${name2}`));
  }
  mustGet(r, namespace, name2) {
    const found = this.get(r, namespace, name2);
    if (!found) throw notFound(r, name2);
    return found;
  }
  list(r, namespace) {
    const items = [...this.bucket(r).entries()].filter(([, o]) => !namespace || o.metadata.namespace === namespace).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return items.map(([, o]) => clone(o));
  }
  create(r, input) {
    const obj2 = clone(input);
    const key = `${obj2.metadata.namespace ?? ""}/${obj2.metadata.name}`;
    if (this.bucket(r).has(key)) throw alreadyExists(r, obj2.metadata.name);
    const md = obj2.metadata;
    md.uid = randomUUID();
    md.creationTimestamp = nowTime();
    if (r.generation) md.generation = 1;
    delete md.deletionTimestamp;
    return this.commit(r, key, obj2, "ADDED");
  }
  /** Replaces an object; a stale metadata.resourceVersion is a 409 Conflict like etcd's compare-and-swap. */
  update(r, input) {
    const obj2 = clone(input);
    const key = `${obj2.metadata.namespace ?? ""}/${obj2.metadata.name}`;
    const old = this.bucket(r).get(key);
    if (!old) throw notFound(r, obj2.metadata.name);
    const sent = obj2.metadata.resourceVersion;
    if (sent && sent !== old.metadata.resourceVersion) throw conflict(r, obj2.metadata.name);
    obj2.metadata.uid = old.metadata.uid;
    obj2.metadata.creationTimestamp = old.metadata.creationTimestamp;
    if (r.generation)
      obj2.metadata.generation = (old.metadata.generation ?? 1) + (deepEqual(specOf(old), specOf(obj2)) ? 0 : 1);
    if (deepEqual(
      { ...obj2, metadata: { ...obj2.metadata, resourceVersion: "" } },
      { ...old, metadata: { ...old.metadata, resourceVersion: "" } }
    )) {
      return clone(old);
    }
    return this.commit(r, key, obj2, "MODIFIED", old);
  }
  remove(r, namespace, name2) {
    const key = `${namespace ?? ""}/${name2}`;
    const old = this.bucket(r).get(key);
    if (!old) throw notFound(r, name2);
    this.bucket(r).delete(key);
    const obj2 = clone(old);
    obj2.metadata.resourceVersion = String(++this.rv);
    this.emit({ type: "DELETED", resource: r, object: obj2, rv: this.rv });
    return clone(obj2);
  }
  commit(r, key, obj2, type, old) {
    obj2.metadata.resourceVersion = String(++this.rv);
    this.bucket(r).set(key, obj2);
    this.emit({ type, resource: r, object: clone(obj2), old: old ? clone(old) : void 0, rv: this.rv });
    return clone(obj2);
  }
  emit(e) {
    this.history.push(e);
    if (this.history.length > this.maxHistory) this.history.splice(0, this.history.length - this.maxHistory);
    for (const l of [...this.listeners]) l(e);
  }
};

// src/simulator/tls.ts
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
async function selfSignedCert() {
  const dir = await mkdtemp(join(tmpdir(), "dk-sim-tls-"));
  try {
    await promisify(execFile)("openssl", [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-days",
      "30",
      "-subj",
      "/CN=deploy-kit-simulator",
      "-addext",
      "subjectAltName=IP:127.0.0.1,DNS:localhost",
      "-keyout",
      join(dir, "key.pem"),
      "-out",
      join(dir, "cert.pem")
    ]);
    return { cert: await readFile(join(dir, "cert.pem"), "utf8"), key: await readFile(join(dir, "key.pem"), "utf8") };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// src/simulator/watch.ts
var WatchHub = class {
  constructor(store, bookmarkMs = 5e3) {
    this.store = store;
    this.bookmarkMs = bookmarkMs;
  }
  store;
  bookmarkMs;
  open = /* @__PURE__ */ new Set();
  /** Ends every open watch (clients see a clean end of stream and must re-watch). */
  dropAll() {
    for (const res of this.open) res.end();
    this.open.clear();
  }
  get size() {
    return this.open.size;
  }
  /**
   * Serves a watch as a chunked stream of newline-delimited JSON events. Without a resourceVersion
   * (or "0") it starts with ADDED events for what exists; with one it replays history after it,
   * or sends an ERROR event with a 410 Expired Status when that history has been compacted.
   */
  serve(req, res, w) {
    const wanted = (e) => e.resource === w.resource && (!w.namespace || e.object.metadata.namespace === w.namespace);
    let first = true;
    const send2 = (type, object) => {
      if (res.writableEnded || res.destroyed) return;
      const out = w.render && type !== "ERROR" && type !== "BOOKMARK" ? w.render(object, first) : object;
      if (out !== object) first = false;
      res.write(`${JSON.stringify({ type, object: out })}
`);
    };
    const emit = (e) => {
      if (!wanted(e)) return;
      const now = w.matches(e.object);
      const before = e.old ? w.matches(e.old) : false;
      if (e.type === "MODIFIED") {
        if (now && before) send2("MODIFIED", e.object);
        else if (now) send2("ADDED", e.object);
        else if (before) send2("DELETED", e.object);
      } else if (now) send2(e.type, e.object);
    };
    res.writeHead(200, {
      "Content-Type": "application/json",
      "Transfer-Encoding": "chunked",
      "Cache-Control": "no-cache, private"
    });
    res.flushHeaders();
    const rv = w.resourceVersion && w.resourceVersion !== "0" ? Number(w.resourceVersion) : void 0;
    if (rv !== void 0 && (!Number.isFinite(rv) || rv < this.store.oldestResumable)) {
      const err = new ApiError(
        410,
        "Expired",
        `too old resource version: ${w.resourceVersion} (${this.store.oldestResumable})`
      );
      send2("ERROR", err.toStatus());
      res.end();
      return;
    }
    if (rv === void 0) {
      for (const o of this.store.list(w.resource, w.namespace)) if (w.matches(o)) send2("ADDED", o);
    } else {
      for (const e of this.store.eventsSince(rv)) emit(e);
    }
    const unsubscribe = this.store.subscribe(emit);
    this.open.add(res);
    const bookmark = w.bookmarks ? setInterval(
      () => send2("BOOKMARK", {
        kind: w.resource.kind,
        apiVersion: apiVersionOf(w.resource),
        metadata: { resourceVersion: String(this.store.resourceVersion) }
      }),
      this.bookmarkMs
    ) : void 0;
    const timeout = w.timeoutSeconds ? setTimeout(() => res.end(), w.timeoutSeconds * 1e3) : void 0;
    const cleanup = () => {
      unsubscribe();
      this.open.delete(res);
      clearInterval(bookmark);
      clearTimeout(timeout);
    };
    res.on("close", cleanup);
    res.on("error", cleanup);
    res.on("finish", cleanup);
    req.on("close", () => res.end());
  }
};

// src/simulator/index.ts
async function startSimulator(options = {}) {
  const token = options.token ?? randomBytes4(24).toString("hex");
  const store = new ObjectStore();
  let proxies;
  const api = new Api(store, {
    beforeCreate: async (r, obj2) => r === R.services ? proxies?.allocate(obj2) : void 0
  });
  for (const name2 of ["default", "kube-system", "kube-public", "kube-node-lease"])
    await api.create(R.namespaces, void 0, { metadata: { name: name2 } });
  const ctx = { api, store, events: new EventRecorder(api) };
  const loop = new ControllerLoop(ctx, {
    readyDelayMs: options.podReadyDelayMs ?? 300,
    crashPeriodMs: options.crashPeriodMs ?? 3e3,
    slowReadyMs: options.slowReadyMs ?? 5e3,
    pullBackoffMs: 2e3,
    terminationMs: 200
  });
  proxies = new ServiceProxies(store, () => loop.kubelet);
  const hub = new WatchHub(store, options.bookmarkMs ?? 5e3);
  const faults = new FaultState();
  let url = "";
  const podLogs = (ns, name2, container) => {
    const pod = store.get(R.pods, ns, name2);
    return pod ? loop.kubelet.logsOf(pod, container) : void 0;
  };
  const listener = createListener({ api, hub, faults, token, address: () => new URL(url).host, podLogs });
  const tls = options.tls !== false ? await selfSignedCert() : void 0;
  const server = tls ? createHttpsServer({ cert: tls.cert, key: tls.key }, listener) : createServer3(listener);
  server.on("clientError", (_err, socket) => socket.destroy());
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve);
  });
  url = `${tls ? "https" : "http"}://127.0.0.1:${server.address().port}`;
  const kubeconfig = renderKubeconfig(url, token, tls?.cert);
  const tempDir = options.kubeconfigPath ? void 0 : mkdtempSync(join2(tmpdir2(), "dk-sim-"));
  const kubeconfigPath = options.kubeconfigPath ?? join2(tempDir, "kubeconfig");
  await writeFile(kubeconfigPath, kubeconfig, { mode: 384 });
  return {
    url,
    kubeconfigPath,
    kubeconfig,
    token,
    serviceUrl: (ns, name2) => proxies?.url(ns, name2),
    faults: faults.controls(
      () => hub.dropAll(),
      () => store.compact()
    ),
    stop: async () => {
      hub.dropAll();
      await loop.stop();
      await proxies?.stop();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve()));
      if (tempDir) await rm2(tempDir, { recursive: true, force: true });
    }
  };
}

export {
  startSimulator
};
