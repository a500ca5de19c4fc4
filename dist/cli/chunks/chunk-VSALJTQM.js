#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  workspaceOf
} from "./chunk-26UE3C6K.js";
import {
  createOctokit
} from "./chunk-B4FJAGZT.js";
import {
  readEventPayload
} from "./chunk-RXCNNUO5.js";
import {
  globPaths,
  isGlobPattern
} from "./chunk-C5NZ7WGN.js";
import {
  issueLine,
  parseYamlSource
} from "./chunk-FNCTB7A6.js";
import {
  toMermaid
} from "./chunk-PRWZRJSU.js";
import {
  capSummary,
  cell,
  details,
  heading,
  runAction,
  table,
  verdictIcon
} from "./chunk-LNGQDQGR.js";
import {
  checkReportTarget,
  reportPath,
  writeJsonReport
} from "./chunk-6GAZEXCQ.js";
import {
  displayPath,
  inWorkspace,
  readTextFile
} from "./chunk-K35DMT4Z.js";
import {
  bool,
  external_exports,
  list,
  number,
  text,
  usableToken
} from "./chunk-MKPTSRCZ.js";
import {
  ConfigError,
  describeError
} from "./chunk-TLPLIUBF.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-EORTFFLD.js";

// node_modules/sax/lib/sax.js
var require_sax = __commonJS({
  "node_modules/sax/lib/sax.js"(exports) {
    (function(sax2) {
      sax2.parser = function(strict, opt) {
        return new SAXParser(strict, opt);
      };
      sax2.SAXParser = SAXParser;
      sax2.SAXStream = SAXStream;
      sax2.createStream = createStream;
      sax2.MAX_BUFFER_LENGTH = 64 * 1024;
      var buffers = [
        "comment",
        "sgmlDecl",
        "textNode",
        "tagName",
        "doctype",
        "procInstName",
        "procInstBody",
        "entity",
        "attribName",
        "attribValue",
        "cdata",
        "script"
      ];
      sax2.EVENTS = [
        "text",
        "processinginstruction",
        "sgmldeclaration",
        "doctype",
        "comment",
        "opentagstart",
        "attribute",
        "opentag",
        "closetag",
        "opencdata",
        "cdata",
        "closecdata",
        "error",
        "end",
        "ready",
        "script",
        "opennamespace",
        "closenamespace"
      ];
      function SAXParser(strict, opt) {
        if (!(this instanceof SAXParser)) {
          return new SAXParser(strict, opt);
        }
        var parser = this;
        clearBuffers(parser);
        parser.q = parser.c = "";
        parser.bufferCheckPosition = sax2.MAX_BUFFER_LENGTH;
        parser.encoding = null;
        parser.opt = opt || {};
        parser.opt.lowercase = parser.opt.lowercase || parser.opt.lowercasetags;
        parser.looseCase = parser.opt.lowercase ? "toLowerCase" : "toUpperCase";
        parser.opt.maxEntityCount = parser.opt.maxEntityCount || 512;
        parser.opt.maxEntityDepth = parser.opt.maxEntityDepth || 4;
        parser.entityCount = parser.entityDepth = 0;
        parser.tags = [];
        parser.closed = parser.closedRoot = parser.sawRoot = false;
        parser.tag = parser.error = null;
        parser.strict = !!strict;
        parser.noscript = !!(strict || parser.opt.noscript);
        parser.state = S.BEGIN;
        parser.strictEntities = parser.opt.strictEntities;
        parser.ENTITIES = parser.strictEntities ? Object.create(sax2.XML_ENTITIES) : Object.create(sax2.ENTITIES);
        parser.attribList = [];
        if (parser.opt.xmlns) {
          parser.ns = Object.create(rootNS);
        }
        if (parser.opt.unquotedAttributeValues === void 0) {
          parser.opt.unquotedAttributeValues = !strict;
        }
        parser.trackPosition = parser.opt.position !== false;
        if (parser.trackPosition) {
          parser.position = parser.line = parser.column = 0;
        }
        emit(parser, "onready");
      }
      if (!Object.create) {
        Object.create = function(o) {
          function F() {
          }
          F.prototype = o;
          var newf = new F();
          return newf;
        };
      }
      if (!Object.keys) {
        Object.keys = function(o) {
          var a = [];
          for (var i in o) if (o.hasOwnProperty(i)) a.push(i);
          return a;
        };
      }
      function checkBufferLength(parser) {
        var maxAllowed = Math.max(sax2.MAX_BUFFER_LENGTH, 10);
        var maxActual = 0;
        for (var i = 0, l = buffers.length; i < l; i++) {
          var len = parser[buffers[i]].length;
          if (len > maxAllowed) {
            switch (buffers[i]) {
              case "textNode":
                closeText(parser);
                break;
              case "cdata":
                emitNode(parser, "oncdata", parser.cdata);
                parser.cdata = "";
                break;
              case "script":
                emitNode(parser, "onscript", parser.script);
                parser.script = "";
                break;
              default:
                error(parser, "Max buffer length exceeded: " + buffers[i]);
            }
          }
          maxActual = Math.max(maxActual, len);
        }
        var m = sax2.MAX_BUFFER_LENGTH - maxActual;
        parser.bufferCheckPosition = m + parser.position;
      }
      function clearBuffers(parser) {
        for (var i = 0, l = buffers.length; i < l; i++) {
          parser[buffers[i]] = "";
        }
      }
      function flushBuffers(parser) {
        closeText(parser);
        if (parser.cdata !== "") {
          emitNode(parser, "oncdata", parser.cdata);
          parser.cdata = "";
        }
        if (parser.script !== "") {
          emitNode(parser, "onscript", parser.script);
          parser.script = "";
        }
      }
      SAXParser.prototype = {
        end: function() {
          end(this);
        },
        write,
        resume: function() {
          this.error = null;
          return this;
        },
        close: function() {
          return this.write(null);
        },
        flush: function() {
          flushBuffers(this);
        }
      };
      var Stream;
      try {
        Stream = __require("stream").Stream;
      } catch (ex) {
        Stream = function() {
        };
      }
      if (!Stream) Stream = function() {
      };
      var streamWraps = sax2.EVENTS.filter(function(ev) {
        return ev !== "error" && ev !== "end";
      });
      function createStream(strict, opt) {
        return new SAXStream(strict, opt);
      }
      function determineBufferEncoding(data, isEnd) {
        if (data.length >= 2) {
          if (data[0] === 255 && data[1] === 254) {
            return "utf-16le";
          }
          if (data[0] === 254 && data[1] === 255) {
            return "utf-16be";
          }
        }
        if (data.length >= 3 && data[0] === 239 && data[1] === 187 && data[2] === 191) {
          return "utf8";
        }
        if (data.length >= 4) {
          if (data[0] === 60 && data[1] === 0 && data[2] === 63 && data[3] === 0) {
            return "utf-16le";
          }
          if (data[0] === 0 && data[1] === 60 && data[2] === 0 && data[3] === 63) {
            return "utf-16be";
          }
          return "utf8";
        }
        return isEnd ? "utf8" : null;
      }
      function SAXStream(strict, opt) {
        if (!(this instanceof SAXStream)) {
          return new SAXStream(strict, opt);
        }
        Stream.apply(this);
        this._parser = new SAXParser(strict, opt);
        this.writable = true;
        this.readable = true;
        var me = this;
        this._parser.onend = function() {
          me.emit("end");
        };
        this._parser.onerror = function(er) {
          me.emit("error", er);
          me._parser.error = null;
        };
        this._decoder = null;
        this._decoderBuffer = null;
        streamWraps.forEach(function(ev) {
          Object.defineProperty(me, "on" + ev, {
            get: function() {
              return me._parser["on" + ev];
            },
            set: function(h) {
              if (!h) {
                me.removeAllListeners(ev);
                me._parser["on" + ev] = h;
                return h;
              }
              me.on(ev, h);
            },
            enumerable: true,
            configurable: false
          });
        });
      }
      SAXStream.prototype = Object.create(Stream.prototype, {
        constructor: {
          value: SAXStream
        }
      });
      SAXStream.prototype._decodeBuffer = function(data, isEnd) {
        if (this._decoderBuffer) {
          data = Buffer.concat([this._decoderBuffer, data]);
          this._decoderBuffer = null;
        }
        if (!this._decoder) {
          var encoding = determineBufferEncoding(data, isEnd);
          if (!encoding) {
            this._decoderBuffer = data;
            return "";
          }
          this._parser.encoding = encoding;
          this._decoder = new TextDecoder(encoding);
        }
        return this._decoder.decode(data, { stream: !isEnd });
      };
      SAXStream.prototype.write = function(data) {
        if (typeof Buffer === "function" && typeof Buffer.isBuffer === "function" && Buffer.isBuffer(data)) {
          data = this._decodeBuffer(data, false);
        } else if (this._decoderBuffer) {
          var remaining = this._decodeBuffer(Buffer.alloc(0), true);
          if (remaining) {
            this._parser.write(remaining);
            this.emit("data", remaining);
          }
        }
        this._parser.write(data.toString());
        this.emit("data", data);
        return true;
      };
      SAXStream.prototype.end = function(chunk) {
        if (chunk && chunk.length) {
          this.write(chunk);
        }
        if (this._decoderBuffer) {
          var finalChunk = this._decodeBuffer(Buffer.alloc(0), true);
          if (finalChunk) {
            this._parser.write(finalChunk);
            this.emit("data", finalChunk);
          }
        } else if (this._decoder) {
          var remaining = this._decoder.decode();
          if (remaining) {
            this._parser.write(remaining);
            this.emit("data", remaining);
          }
        }
        this._parser.end();
        return true;
      };
      SAXStream.prototype.on = function(ev, handler) {
        var me = this;
        if (!me._parser["on" + ev] && streamWraps.indexOf(ev) !== -1) {
          me._parser["on" + ev] = function() {
            var args = arguments.length === 1 ? [arguments[0]] : Array.apply(null, arguments);
            args.splice(0, 0, ev);
            me.emit.apply(me, args);
          };
        }
        return Stream.prototype.on.call(me, ev, handler);
      };
      var CDATAre = /^\[CDATA\[$/i;
      var DOCTYPEre = /^DOCTYPE$/i;
      var XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
      var XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
      var rootNS = { xml: XML_NAMESPACE, xmlns: XMLNS_NAMESPACE };
      var nameStart = /[:_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]/;
      var nameBody = /[:_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u00B7\u0300-\u036F\u203F-\u2040.\d-]/;
      var entityStart = /[#:_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]/;
      var entityBody = /[#:_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u00B7\u0300-\u036F\u203F-\u2040.\d-]/;
      function isWhitespace(c) {
        return c === " " || c === "\n" || c === "\r" || c === "	";
      }
      function isQuote(c) {
        return c === '"' || c === "'";
      }
      function isAttribEnd(c) {
        return c === ">" || isWhitespace(c);
      }
      function isMatch(regex, c) {
        return regex.test(c);
      }
      function notMatch(regex, c) {
        return !isMatch(regex, c);
      }
      var S = 0;
      sax2.STATE = {
        BEGIN: S++,
        // leading byte order mark or whitespace
        BEGIN_WHITESPACE: S++,
        // leading whitespace
        TEXT: S++,
        // general stuff
        TEXT_ENTITY: S++,
        // &amp and such.
        OPEN_WAKA: S++,
        // <
        SGML_DECL: S++,
        // <!BLARG
        SGML_DECL_QUOTED: S++,
        // <!BLARG foo "bar
        DOCTYPE: S++,
        // <!DOCTYPE
        DOCTYPE_QUOTED: S++,
        // <!DOCTYPE "//blah
        DOCTYPE_DTD: S++,
        // <!DOCTYPE "//blah" [ ...
        DOCTYPE_DTD_QUOTED: S++,
        // <!DOCTYPE "//blah" [ "foo
        COMMENT_STARTING: S++,
        // <!-
        COMMENT: S++,
        // <!--
        COMMENT_ENDING: S++,
        // <!-- blah -
        COMMENT_ENDED: S++,
        // <!-- blah --
        CDATA: S++,
        // <![CDATA[ something
        CDATA_ENDING: S++,
        // ]
        CDATA_ENDING_2: S++,
        // ]]
        PROC_INST: S++,
        // <?hi
        PROC_INST_BODY: S++,
        // <?hi there
        PROC_INST_ENDING: S++,
        // <?hi "there" ?
        OPEN_TAG: S++,
        // <strong
        OPEN_TAG_SLASH: S++,
        // <strong /
        ATTRIB: S++,
        // <a
        ATTRIB_NAME: S++,
        // <a foo
        ATTRIB_NAME_SAW_WHITE: S++,
        // <a foo _
        ATTRIB_VALUE: S++,
        // <a foo=
        ATTRIB_VALUE_QUOTED: S++,
        // <a foo="bar
        ATTRIB_VALUE_CLOSED: S++,
        // <a foo="bar"
        ATTRIB_VALUE_UNQUOTED: S++,
        // <a foo=bar
        ATTRIB_VALUE_ENTITY_Q: S++,
        // <foo bar="&quot;"
        ATTRIB_VALUE_ENTITY_U: S++,
        // <foo bar=&quot
        CLOSE_TAG: S++,
        // </a
        CLOSE_TAG_SAW_WHITE: S++,
        // </a   >
        SCRIPT: S++,
        // <script> ...
        SCRIPT_ENDING: S++
        // <script> ... <
      };
      sax2.XML_ENTITIES = Object.assign(/* @__PURE__ */ Object.create(null), {
        amp: "&",
        gt: ">",
        lt: "<",
        quot: '"',
        apos: "'"
      });
      sax2.ENTITIES = Object.assign(/* @__PURE__ */ Object.create(null), {
        amp: "&",
        gt: ">",
        lt: "<",
        quot: '"',
        apos: "'",
        AElig: 198,
        Aacute: 193,
        Acirc: 194,
        Agrave: 192,
        Aring: 197,
        Atilde: 195,
        Auml: 196,
        Ccedil: 199,
        ETH: 208,
        Eacute: 201,
        Ecirc: 202,
        Egrave: 200,
        Euml: 203,
        Iacute: 205,
        Icirc: 206,
        Igrave: 204,
        Iuml: 207,
        Ntilde: 209,
        Oacute: 211,
        Ocirc: 212,
        Ograve: 210,
        Oslash: 216,
        Otilde: 213,
        Ouml: 214,
        THORN: 222,
        Uacute: 218,
        Ucirc: 219,
        Ugrave: 217,
        Uuml: 220,
        Yacute: 221,
        aacute: 225,
        acirc: 226,
        aelig: 230,
        agrave: 224,
        aring: 229,
        atilde: 227,
        auml: 228,
        ccedil: 231,
        eacute: 233,
        ecirc: 234,
        egrave: 232,
        eth: 240,
        euml: 235,
        iacute: 237,
        icirc: 238,
        igrave: 236,
        iuml: 239,
        ntilde: 241,
        oacute: 243,
        ocirc: 244,
        ograve: 242,
        oslash: 248,
        otilde: 245,
        ouml: 246,
        szlig: 223,
        thorn: 254,
        uacute: 250,
        ucirc: 251,
        ugrave: 249,
        uuml: 252,
        yacute: 253,
        yuml: 255,
        copy: 169,
        reg: 174,
        nbsp: 160,
        iexcl: 161,
        cent: 162,
        pound: 163,
        curren: 164,
        yen: 165,
        brvbar: 166,
        sect: 167,
        uml: 168,
        ordf: 170,
        laquo: 171,
        not: 172,
        shy: 173,
        macr: 175,
        deg: 176,
        plusmn: 177,
        sup1: 185,
        sup2: 178,
        sup3: 179,
        acute: 180,
        micro: 181,
        para: 182,
        middot: 183,
        cedil: 184,
        ordm: 186,
        raquo: 187,
        frac14: 188,
        frac12: 189,
        frac34: 190,
        iquest: 191,
        times: 215,
        divide: 247,
        OElig: 338,
        oelig: 339,
        Scaron: 352,
        scaron: 353,
        Yuml: 376,
        fnof: 402,
        circ: 710,
        tilde: 732,
        Alpha: 913,
        Beta: 914,
        Gamma: 915,
        Delta: 916,
        Epsilon: 917,
        Zeta: 918,
        Eta: 919,
        Theta: 920,
        Iota: 921,
        Kappa: 922,
        Lambda: 923,
        Mu: 924,
        Nu: 925,
        Xi: 926,
        Omicron: 927,
        Pi: 928,
        Rho: 929,
        Sigma: 931,
        Tau: 932,
        Upsilon: 933,
        Phi: 934,
        Chi: 935,
        Psi: 936,
        Omega: 937,
        alpha: 945,
        beta: 946,
        gamma: 947,
        delta: 948,
        epsilon: 949,
        zeta: 950,
        eta: 951,
        theta: 952,
        iota: 953,
        kappa: 954,
        lambda: 955,
        mu: 956,
        nu: 957,
        xi: 958,
        omicron: 959,
        pi: 960,
        rho: 961,
        sigmaf: 962,
        sigma: 963,
        tau: 964,
        upsilon: 965,
        phi: 966,
        chi: 967,
        psi: 968,
        omega: 969,
        thetasym: 977,
        upsih: 978,
        piv: 982,
        ensp: 8194,
        emsp: 8195,
        thinsp: 8201,
        zwnj: 8204,
        zwj: 8205,
        lrm: 8206,
        rlm: 8207,
        ndash: 8211,
        mdash: 8212,
        lsquo: 8216,
        rsquo: 8217,
        sbquo: 8218,
        ldquo: 8220,
        rdquo: 8221,
        bdquo: 8222,
        dagger: 8224,
        Dagger: 8225,
        bull: 8226,
        hellip: 8230,
        permil: 8240,
        prime: 8242,
        Prime: 8243,
        lsaquo: 8249,
        rsaquo: 8250,
        oline: 8254,
        frasl: 8260,
        euro: 8364,
        image: 8465,
        weierp: 8472,
        real: 8476,
        trade: 8482,
        alefsym: 8501,
        larr: 8592,
        uarr: 8593,
        rarr: 8594,
        darr: 8595,
        harr: 8596,
        crarr: 8629,
        lArr: 8656,
        uArr: 8657,
        rArr: 8658,
        dArr: 8659,
        hArr: 8660,
        forall: 8704,
        part: 8706,
        exist: 8707,
        empty: 8709,
        nabla: 8711,
        isin: 8712,
        notin: 8713,
        ni: 8715,
        prod: 8719,
        sum: 8721,
        minus: 8722,
        lowast: 8727,
        radic: 8730,
        prop: 8733,
        infin: 8734,
        ang: 8736,
        and: 8743,
        or: 8744,
        cap: 8745,
        cup: 8746,
        int: 8747,
        there4: 8756,
        sim: 8764,
        cong: 8773,
        asymp: 8776,
        ne: 8800,
        equiv: 8801,
        le: 8804,
        ge: 8805,
        sub: 8834,
        sup: 8835,
        nsub: 8836,
        sube: 8838,
        supe: 8839,
        oplus: 8853,
        otimes: 8855,
        perp: 8869,
        sdot: 8901,
        lceil: 8968,
        rceil: 8969,
        lfloor: 8970,
        rfloor: 8971,
        lang: 9001,
        rang: 9002,
        loz: 9674,
        spades: 9824,
        clubs: 9827,
        hearts: 9829,
        diams: 9830
      });
      Object.keys(sax2.ENTITIES).forEach(function(key) {
        var e = sax2.ENTITIES[key];
        var s2 = typeof e === "number" ? String.fromCharCode(e) : e;
        sax2.ENTITIES[key] = s2;
      });
      for (var s in sax2.STATE) {
        sax2.STATE[sax2.STATE[s]] = s;
      }
      S = sax2.STATE;
      function emit(parser, event, data) {
        parser[event] && parser[event](data);
      }
      function getDeclaredEncoding(body) {
        var match = body && body.match(/(?:^|\s)encoding\s*=\s*(['"])([^'"]+)\1/i);
        return match ? match[2] : null;
      }
      function normalizeEncodingName(encoding) {
        if (!encoding) {
          return null;
        }
        return encoding.toLowerCase().replace(/[^a-z0-9]/g, "");
      }
      function encodingsMatch(detectedEncoding, declaredEncoding) {
        const detected = normalizeEncodingName(detectedEncoding);
        const declared = normalizeEncodingName(declaredEncoding);
        if (!detected || !declared) {
          return true;
        }
        if (declared === "utf16") {
          return detected === "utf16le" || detected === "utf16be";
        }
        return detected === declared;
      }
      function validateXmlDeclarationEncoding(parser, data) {
        if (!parser.strict || !parser.encoding || !data || data.name !== "xml") {
          return;
        }
        var declaredEncoding = getDeclaredEncoding(data.body);
        if (declaredEncoding && !encodingsMatch(parser.encoding, declaredEncoding)) {
          strictFail(
            parser,
            "XML declaration encoding " + declaredEncoding + " does not match detected stream encoding " + parser.encoding.toUpperCase()
          );
        }
      }
      function emitNode(parser, nodeType, data) {
        if (parser.textNode) closeText(parser);
        emit(parser, nodeType, data);
      }
      function closeText(parser) {
        parser.textNode = textopts(parser.opt, parser.textNode);
        if (parser.textNode) emit(parser, "ontext", parser.textNode);
        parser.textNode = "";
      }
      function textopts(opt, text2) {
        if (opt.trim) text2 = text2.trim();
        if (opt.normalize) text2 = text2.replace(/\s+/g, " ");
        return text2;
      }
      function error(parser, er) {
        closeText(parser);
        if (parser.trackPosition) {
          er += "\nLine: " + parser.line + "\nColumn: " + parser.column + "\nChar: " + parser.c;
        }
        er = new Error(er);
        parser.error = er;
        emit(parser, "onerror", er);
        return parser;
      }
      function end(parser) {
        if (parser.sawRoot && !parser.closedRoot)
          strictFail(parser, "Unclosed root tag");
        if (parser.state !== S.BEGIN && parser.state !== S.BEGIN_WHITESPACE && parser.state !== S.TEXT) {
          error(parser, "Unexpected end");
        }
        closeText(parser);
        parser.c = "";
        parser.closed = true;
        emit(parser, "onend");
        SAXParser.call(parser, parser.strict, parser.opt);
        return parser;
      }
      function strictFail(parser, message) {
        if (typeof parser !== "object" || !(parser instanceof SAXParser)) {
          throw new Error("bad call to strictFail");
        }
        if (parser.strict) {
          error(parser, message);
        }
      }
      function newTag(parser) {
        if (!parser.strict) parser.tagName = parser.tagName[parser.looseCase]();
        var parent = parser.tags[parser.tags.length - 1] || parser;
        var tag = parser.tag = { name: parser.tagName, attributes: {} };
        if (parser.opt.xmlns) {
          tag.ns = parent.ns;
        }
        parser.attribList.length = 0;
        emitNode(parser, "onopentagstart", tag);
      }
      function qname(name, attribute) {
        var i = name.indexOf(":");
        var qualName = i < 0 ? ["", name] : name.split(":");
        var prefix = qualName[0];
        var local = qualName[1];
        if (attribute && name === "xmlns") {
          prefix = "xmlns";
          local = "";
        }
        return { prefix, local };
      }
      function attrib(parser) {
        if (!parser.strict) {
          parser.attribName = parser.attribName[parser.looseCase]();
        }
        if (parser.attribList.indexOf(parser.attribName) !== -1 || parser.tag.attributes.hasOwnProperty(parser.attribName)) {
          parser.attribName = parser.attribValue = "";
          return;
        }
        if (parser.opt.xmlns) {
          var qn = qname(parser.attribName, true);
          var prefix = qn.prefix;
          var local = qn.local;
          if (prefix === "xmlns") {
            if (local === "xml" && parser.attribValue !== XML_NAMESPACE) {
              strictFail(
                parser,
                "xml: prefix must be bound to " + XML_NAMESPACE + "\nActual: " + parser.attribValue
              );
            } else if (local === "xmlns" && parser.attribValue !== XMLNS_NAMESPACE) {
              strictFail(
                parser,
                "xmlns: prefix must be bound to " + XMLNS_NAMESPACE + "\nActual: " + parser.attribValue
              );
            } else {
              var tag = parser.tag;
              var parent = parser.tags[parser.tags.length - 1] || parser;
              if (tag.ns === parent.ns) {
                tag.ns = Object.create(parent.ns);
              }
              tag.ns[local] = parser.attribValue;
            }
          }
          parser.attribList.push([parser.attribName, parser.attribValue]);
        } else {
          parser.tag.attributes[parser.attribName] = parser.attribValue;
          emitNode(parser, "onattribute", {
            name: parser.attribName,
            value: parser.attribValue
          });
        }
        parser.attribName = parser.attribValue = "";
      }
      function openTag(parser, selfClosing) {
        if (parser.opt.xmlns) {
          var tag = parser.tag;
          var qn = qname(parser.tagName);
          tag.prefix = qn.prefix;
          tag.local = qn.local;
          tag.uri = tag.ns[qn.prefix] || "";
          if (tag.prefix && !tag.uri) {
            strictFail(
              parser,
              "Unbound namespace prefix: " + JSON.stringify(parser.tagName)
            );
            tag.uri = qn.prefix;
          }
          var parent = parser.tags[parser.tags.length - 1] || parser;
          if (tag.ns && parent.ns !== tag.ns) {
            Object.keys(tag.ns).forEach(function(p) {
              emitNode(parser, "onopennamespace", {
                prefix: p,
                uri: tag.ns[p]
              });
            });
          }
          for (var i = 0, l = parser.attribList.length; i < l; i++) {
            var nv = parser.attribList[i];
            var name = nv[0];
            var value = nv[1];
            var qualName = qname(name, true);
            var prefix = qualName.prefix;
            var local = qualName.local;
            var uri = prefix === "" ? "" : tag.ns[prefix] || "";
            var a = {
              name,
              value,
              prefix,
              local,
              uri
            };
            if (prefix && prefix !== "xmlns" && !uri) {
              strictFail(
                parser,
                "Unbound namespace prefix: " + JSON.stringify(prefix)
              );
              a.uri = prefix;
            }
            parser.tag.attributes[name] = a;
            emitNode(parser, "onattribute", a);
          }
          parser.attribList.length = 0;
        }
        parser.tag.isSelfClosing = !!selfClosing;
        parser.sawRoot = true;
        parser.tags.push(parser.tag);
        emitNode(parser, "onopentag", parser.tag);
        if (!selfClosing) {
          if (!parser.noscript && parser.tagName.toLowerCase() === "script") {
            parser.state = S.SCRIPT;
          } else {
            parser.state = S.TEXT;
          }
          parser.tag = null;
          parser.tagName = "";
        }
        parser.attribName = parser.attribValue = "";
        parser.attribList.length = 0;
      }
      function closeTag(parser) {
        if (!parser.tagName) {
          strictFail(parser, "Weird empty close tag.");
          parser.textNode += "</>";
          parser.state = S.TEXT;
          return;
        }
        if (parser.script) {
          if (parser.tagName !== "script") {
            parser.script += "</" + parser.tagName + ">";
            parser.tagName = "";
            parser.state = S.SCRIPT;
            return;
          }
          emitNode(parser, "onscript", parser.script);
          parser.script = "";
        }
        var t = parser.tags.length;
        var tagName = parser.tagName;
        if (!parser.strict) {
          tagName = tagName[parser.looseCase]();
        }
        var closeTo = tagName;
        while (t--) {
          var close = parser.tags[t];
          if (close.name !== closeTo) {
            strictFail(parser, "Unexpected close tag");
          } else {
            break;
          }
        }
        if (t < 0) {
          strictFail(parser, "Unmatched closing tag: " + parser.tagName);
          parser.textNode += "</" + parser.tagName + ">";
          parser.state = S.TEXT;
          return;
        }
        parser.tagName = tagName;
        var s2 = parser.tags.length;
        while (s2-- > t) {
          var tag = parser.tag = parser.tags.pop();
          parser.tagName = parser.tag.name;
          emitNode(parser, "onclosetag", parser.tagName);
          var x = {};
          for (var i in tag.ns) {
            x[i] = tag.ns[i];
          }
          var parent = parser.tags[parser.tags.length - 1] || parser;
          if (parser.opt.xmlns && tag.ns !== parent.ns) {
            Object.keys(tag.ns).forEach(function(p) {
              var n = tag.ns[p];
              emitNode(parser, "onclosenamespace", { prefix: p, uri: n });
            });
          }
        }
        if (t === 0) parser.closedRoot = true;
        parser.tagName = parser.attribValue = parser.attribName = "";
        parser.attribList.length = 0;
        parser.state = S.TEXT;
      }
      function parseEntity(parser) {
        var entity = parser.entity;
        var entityLC = entity.toLowerCase();
        var num;
        var numStr = "";
        if (parser.ENTITIES[entity]) {
          return parser.ENTITIES[entity];
        }
        if (parser.ENTITIES[entityLC]) {
          return parser.ENTITIES[entityLC];
        }
        entity = entityLC;
        if (entity.charAt(0) === "#") {
          if (entity.charAt(1) === "x") {
            entity = entity.slice(2);
            num = parseInt(entity, 16);
            numStr = num.toString(16);
          } else {
            entity = entity.slice(1);
            num = parseInt(entity, 10);
            numStr = num.toString(10);
          }
        }
        entity = entity.replace(/^0+/, "");
        if (isNaN(num) || numStr.toLowerCase() !== entity || num < 0 || num > 1114111 || !isXmlChar(num)) {
          strictFail(parser, "Invalid character entity");
          return "&" + parser.entity + ";";
        }
        return String.fromCodePoint(num);
      }
      function isXmlChar(num) {
        return num === 9 || num === 10 || num === 13 || num >= 32 && num <= 55295 || num >= 57344 && num <= 65533 || num >= 65536 && num <= 1114111;
      }
      function beginWhiteSpace(parser, c) {
        if (c === "<") {
          parser.state = S.OPEN_WAKA;
          parser.startTagPosition = parser.position;
        } else if (!isWhitespace(c)) {
          strictFail(parser, "Non-whitespace before first tag.");
          parser.textNode = c;
          parser.state = S.TEXT;
        }
      }
      function charAt(chunk, i) {
        var result = "";
        if (i < chunk.length) {
          result = chunk.charAt(i);
        }
        return result;
      }
      function write(chunk) {
        var parser = this;
        if (this.error) {
          throw this.error;
        }
        if (parser.closed) {
          return error(
            parser,
            "Cannot write after close. Assign an onready handler."
          );
        }
        if (chunk === null) {
          return end(parser);
        }
        if (typeof chunk === "object") {
          chunk = chunk.toString();
        }
        var i = 0;
        var c = "";
        while (true) {
          c = charAt(chunk, i++);
          parser.c = c;
          if (!c) {
            break;
          }
          if (parser.trackPosition) {
            parser.position++;
            if (c === "\n") {
              parser.line++;
              parser.column = 0;
            } else {
              parser.column++;
            }
          }
          switch (parser.state) {
            case S.BEGIN:
              parser.state = S.BEGIN_WHITESPACE;
              if (c === "\uFEFF") {
                continue;
              }
              beginWhiteSpace(parser, c);
              continue;
            case S.BEGIN_WHITESPACE:
              beginWhiteSpace(parser, c);
              continue;
            case S.TEXT:
              if (parser.sawRoot && !parser.closedRoot) {
                var starti = i - 1;
                while (c && c !== "<" && c !== "&") {
                  c = charAt(chunk, i++);
                  if (c && parser.trackPosition) {
                    parser.position++;
                    if (c === "\n") {
                      parser.line++;
                      parser.column = 0;
                    } else {
                      parser.column++;
                    }
                  }
                }
                parser.textNode += chunk.substring(starti, i - 1);
              }
              if (c === "<" && !(parser.sawRoot && parser.closedRoot && !parser.strict)) {
                parser.state = S.OPEN_WAKA;
                parser.startTagPosition = parser.position;
              } else {
                if (!isWhitespace(c) && (!parser.sawRoot || parser.closedRoot)) {
                  strictFail(parser, "Text data outside of root node.");
                }
                if (c === "&") {
                  parser.state = S.TEXT_ENTITY;
                } else {
                  parser.textNode += c;
                }
              }
              continue;
            case S.SCRIPT:
              if (c === "<") {
                parser.state = S.SCRIPT_ENDING;
              } else {
                parser.script += c;
              }
              continue;
            case S.SCRIPT_ENDING:
              if (c === "/") {
                parser.state = S.CLOSE_TAG;
              } else {
                parser.script += "<" + c;
                parser.state = S.SCRIPT;
              }
              continue;
            case S.OPEN_WAKA:
              if (c === "!") {
                parser.state = S.SGML_DECL;
                parser.sgmlDecl = "";
              } else if (isWhitespace(c)) {
              } else if (isMatch(nameStart, c)) {
                parser.state = S.OPEN_TAG;
                parser.tagName = c;
              } else if (c === "/") {
                parser.state = S.CLOSE_TAG;
                parser.tagName = "";
              } else if (c === "?") {
                parser.state = S.PROC_INST;
                parser.procInstName = parser.procInstBody = "";
              } else {
                strictFail(parser, "Unencoded <");
                if (parser.startTagPosition + 1 < parser.position) {
                  var pad = parser.position - parser.startTagPosition;
                  c = new Array(pad).join(" ") + c;
                }
                parser.textNode += "<" + c;
                parser.state = S.TEXT;
              }
              continue;
            case S.SGML_DECL:
              if (parser.sgmlDecl + c === "--") {
                parser.state = S.COMMENT;
                parser.comment = "";
                parser.sgmlDecl = "";
                continue;
              }
              if (parser.doctype && parser.doctype !== true && parser.sgmlDecl) {
                parser.state = S.DOCTYPE_DTD;
                parser.doctype += "<!" + parser.sgmlDecl + c;
                parser.sgmlDecl = "";
              } else if (CDATAre.test(parser.sgmlDecl + c)) {
                emitNode(parser, "onopencdata");
                parser.state = S.CDATA;
                parser.sgmlDecl = "";
                parser.cdata = "";
              } else if (DOCTYPEre.test(parser.sgmlDecl + c)) {
                parser.state = S.DOCTYPE;
                if (parser.doctype || parser.sawRoot) {
                  strictFail(
                    parser,
                    "Inappropriately located doctype declaration"
                  );
                }
                parser.doctype = "";
                parser.sgmlDecl = "";
              } else if (c === ">") {
                emitNode(parser, "onsgmldeclaration", parser.sgmlDecl);
                parser.sgmlDecl = "";
                parser.state = S.TEXT;
              } else if (isQuote(c)) {
                parser.state = S.SGML_DECL_QUOTED;
                parser.sgmlDecl += c;
              } else {
                parser.sgmlDecl += c;
              }
              continue;
            case S.SGML_DECL_QUOTED:
              if (c === parser.q) {
                parser.state = S.SGML_DECL;
                parser.q = "";
              }
              parser.sgmlDecl += c;
              continue;
            case S.DOCTYPE:
              if (c === ">") {
                parser.state = S.TEXT;
                emitNode(parser, "ondoctype", parser.doctype);
                parser.doctype = true;
              } else {
                parser.doctype += c;
                if (c === "[") {
                  parser.state = S.DOCTYPE_DTD;
                } else if (isQuote(c)) {
                  parser.state = S.DOCTYPE_QUOTED;
                  parser.q = c;
                }
              }
              continue;
            case S.DOCTYPE_QUOTED:
              parser.doctype += c;
              if (c === parser.q) {
                parser.q = "";
                parser.state = S.DOCTYPE;
              }
              continue;
            case S.DOCTYPE_DTD:
              if (c === "]") {
                parser.doctype += c;
                parser.state = S.DOCTYPE;
              } else if (c === "<") {
                parser.state = S.OPEN_WAKA;
                parser.startTagPosition = parser.position;
              } else if (isQuote(c)) {
                parser.doctype += c;
                parser.state = S.DOCTYPE_DTD_QUOTED;
                parser.q = c;
              } else {
                parser.doctype += c;
              }
              continue;
            case S.DOCTYPE_DTD_QUOTED:
              parser.doctype += c;
              if (c === parser.q) {
                parser.state = S.DOCTYPE_DTD;
                parser.q = "";
              }
              continue;
            case S.COMMENT:
              if (c === "-") {
                parser.state = S.COMMENT_ENDING;
              } else {
                parser.comment += c;
              }
              continue;
            case S.COMMENT_ENDING:
              if (c === "-") {
                parser.state = S.COMMENT_ENDED;
                parser.comment = textopts(parser.opt, parser.comment);
                if (parser.comment) {
                  emitNode(parser, "oncomment", parser.comment);
                }
                parser.comment = "";
              } else {
                parser.comment += "-" + c;
                parser.state = S.COMMENT;
              }
              continue;
            case S.COMMENT_ENDED:
              if (c !== ">") {
                strictFail(parser, "Malformed comment");
                parser.comment += "--" + c;
                parser.state = S.COMMENT;
              } else if (parser.doctype && parser.doctype !== true) {
                parser.state = S.DOCTYPE_DTD;
              } else {
                parser.state = S.TEXT;
              }
              continue;
            case S.CDATA:
              var starti = i - 1;
              while (c && c !== "]") {
                c = charAt(chunk, i++);
                if (c && parser.trackPosition) {
                  parser.position++;
                  if (c === "\n") {
                    parser.line++;
                    parser.column = 0;
                  } else {
                    parser.column++;
                  }
                }
              }
              parser.cdata += chunk.substring(starti, i - 1);
              if (c === "]") {
                parser.state = S.CDATA_ENDING;
              }
              continue;
            case S.CDATA_ENDING:
              if (c === "]") {
                parser.state = S.CDATA_ENDING_2;
              } else {
                parser.cdata += "]" + c;
                parser.state = S.CDATA;
              }
              continue;
            case S.CDATA_ENDING_2:
              if (c === ">") {
                if (parser.cdata) {
                  emitNode(parser, "oncdata", parser.cdata);
                }
                emitNode(parser, "onclosecdata");
                parser.cdata = "";
                parser.state = S.TEXT;
              } else if (c === "]") {
                parser.cdata += "]";
              } else {
                parser.cdata += "]]" + c;
                parser.state = S.CDATA;
              }
              continue;
            case S.PROC_INST:
              if (c === "?") {
                parser.state = S.PROC_INST_ENDING;
              } else if (isWhitespace(c)) {
                parser.state = S.PROC_INST_BODY;
              } else {
                parser.procInstName += c;
              }
              continue;
            case S.PROC_INST_BODY:
              if (!parser.procInstBody && isWhitespace(c)) {
                continue;
              } else if (c === "?") {
                parser.state = S.PROC_INST_ENDING;
              } else {
                parser.procInstBody += c;
              }
              continue;
            case S.PROC_INST_ENDING:
              if (c === ">") {
                const procInstEndData = {
                  name: parser.procInstName,
                  body: parser.procInstBody
                };
                validateXmlDeclarationEncoding(parser, procInstEndData);
                emitNode(parser, "onprocessinginstruction", procInstEndData);
                parser.procInstName = parser.procInstBody = "";
                parser.state = S.TEXT;
              } else {
                parser.procInstBody += "?" + c;
                parser.state = S.PROC_INST_BODY;
              }
              continue;
            case S.OPEN_TAG:
              if (isMatch(nameBody, c)) {
                parser.tagName += c;
              } else {
                newTag(parser);
                if (c === ">") {
                  openTag(parser);
                } else if (c === "/") {
                  parser.state = S.OPEN_TAG_SLASH;
                } else {
                  if (!isWhitespace(c)) {
                    strictFail(parser, "Invalid character in tag name");
                  }
                  parser.state = S.ATTRIB;
                }
              }
              continue;
            case S.OPEN_TAG_SLASH:
              if (c === ">") {
                openTag(parser, true);
                closeTag(parser);
              } else {
                strictFail(
                  parser,
                  "Forward-slash in opening tag not followed by >"
                );
                parser.state = S.ATTRIB;
              }
              continue;
            case S.ATTRIB:
              if (isWhitespace(c)) {
                continue;
              } else if (c === ">") {
                openTag(parser);
              } else if (c === "/") {
                parser.state = S.OPEN_TAG_SLASH;
              } else if (isMatch(nameStart, c)) {
                parser.attribName = c;
                parser.attribValue = "";
                parser.state = S.ATTRIB_NAME;
              } else {
                strictFail(parser, "Invalid attribute name");
              }
              continue;
            case S.ATTRIB_NAME:
              if (c === "=") {
                parser.state = S.ATTRIB_VALUE;
              } else if (c === ">") {
                strictFail(parser, "Attribute without value");
                parser.attribValue = parser.attribName;
                attrib(parser);
                openTag(parser);
              } else if (isWhitespace(c)) {
                parser.state = S.ATTRIB_NAME_SAW_WHITE;
              } else if (isMatch(nameBody, c)) {
                parser.attribName += c;
              } else {
                strictFail(parser, "Invalid attribute name");
              }
              continue;
            case S.ATTRIB_NAME_SAW_WHITE:
              if (c === "=") {
                parser.state = S.ATTRIB_VALUE;
              } else if (isWhitespace(c)) {
                continue;
              } else {
                strictFail(parser, "Attribute without value");
                parser.tag.attributes[parser.attribName] = "";
                parser.attribValue = "";
                emitNode(parser, "onattribute", {
                  name: parser.attribName,
                  value: ""
                });
                parser.attribName = "";
                if (c === ">") {
                  openTag(parser);
                } else if (isMatch(nameStart, c)) {
                  parser.attribName = c;
                  parser.state = S.ATTRIB_NAME;
                } else {
                  strictFail(parser, "Invalid attribute name");
                  parser.state = S.ATTRIB;
                }
              }
              continue;
            case S.ATTRIB_VALUE:
              if (isWhitespace(c)) {
                continue;
              } else if (isQuote(c)) {
                parser.q = c;
                parser.state = S.ATTRIB_VALUE_QUOTED;
              } else {
                if (!parser.opt.unquotedAttributeValues) {
                  error(parser, "Unquoted attribute value");
                }
                parser.state = S.ATTRIB_VALUE_UNQUOTED;
                parser.attribValue = c;
              }
              continue;
            case S.ATTRIB_VALUE_QUOTED:
              if (c !== parser.q) {
                if (c === "&") {
                  parser.state = S.ATTRIB_VALUE_ENTITY_Q;
                } else {
                  parser.attribValue += c;
                }
                continue;
              }
              attrib(parser);
              parser.q = "";
              parser.state = S.ATTRIB_VALUE_CLOSED;
              continue;
            case S.ATTRIB_VALUE_CLOSED:
              if (isWhitespace(c)) {
                parser.state = S.ATTRIB;
              } else if (c === ">") {
                openTag(parser);
              } else if (c === "/") {
                parser.state = S.OPEN_TAG_SLASH;
              } else if (isMatch(nameStart, c)) {
                strictFail(parser, "No whitespace between attributes");
                parser.attribName = c;
                parser.attribValue = "";
                parser.state = S.ATTRIB_NAME;
              } else {
                strictFail(parser, "Invalid attribute name");
              }
              continue;
            case S.ATTRIB_VALUE_UNQUOTED:
              if (!isAttribEnd(c)) {
                if (c === "&") {
                  parser.state = S.ATTRIB_VALUE_ENTITY_U;
                } else {
                  parser.attribValue += c;
                }
                continue;
              }
              attrib(parser);
              if (c === ">") {
                openTag(parser);
              } else {
                parser.state = S.ATTRIB;
              }
              continue;
            case S.CLOSE_TAG:
              if (!parser.tagName) {
                if (isWhitespace(c)) {
                  continue;
                } else if (notMatch(nameStart, c)) {
                  if (parser.script) {
                    parser.script += "</" + c;
                    parser.state = S.SCRIPT;
                  } else {
                    strictFail(parser, "Invalid tagname in closing tag.");
                  }
                } else {
                  parser.tagName = c;
                }
              } else if (c === ">") {
                closeTag(parser);
              } else if (isMatch(nameBody, c)) {
                parser.tagName += c;
              } else if (parser.script) {
                parser.script += "</" + parser.tagName + c;
                parser.tagName = "";
                parser.state = S.SCRIPT;
              } else {
                if (!isWhitespace(c)) {
                  strictFail(parser, "Invalid tagname in closing tag");
                }
                parser.state = S.CLOSE_TAG_SAW_WHITE;
              }
              continue;
            case S.CLOSE_TAG_SAW_WHITE:
              if (isWhitespace(c)) {
                continue;
              }
              if (c === ">") {
                closeTag(parser);
              } else {
                strictFail(parser, "Invalid characters in closing tag");
              }
              continue;
            case S.TEXT_ENTITY:
            case S.ATTRIB_VALUE_ENTITY_Q:
            case S.ATTRIB_VALUE_ENTITY_U:
              var returnState;
              var buffer;
              switch (parser.state) {
                case S.TEXT_ENTITY:
                  returnState = S.TEXT;
                  buffer = "textNode";
                  break;
                case S.ATTRIB_VALUE_ENTITY_Q:
                  returnState = S.ATTRIB_VALUE_QUOTED;
                  buffer = "attribValue";
                  break;
                case S.ATTRIB_VALUE_ENTITY_U:
                  returnState = S.ATTRIB_VALUE_UNQUOTED;
                  buffer = "attribValue";
                  break;
              }
              if (c === ";") {
                var parsedEntity = parseEntity(parser);
                if (parser.opt.unparsedEntities && !Object.values(sax2.XML_ENTITIES).includes(parsedEntity)) {
                  if ((parser.entityCount += 1) > parser.opt.maxEntityCount) {
                    error(
                      parser,
                      "Parsed entity count exceeds max entity count"
                    );
                  }
                  if ((parser.entityDepth += 1) > parser.opt.maxEntityDepth) {
                    error(
                      parser,
                      "Parsed entity depth exceeds max entity depth"
                    );
                  }
                  parser.entity = "";
                  parser.state = returnState;
                  parser.write(parsedEntity);
                  parser.entityDepth -= 1;
                } else {
                  parser[buffer] += parsedEntity;
                  parser.entity = "";
                  parser.state = returnState;
                }
              } else if (isMatch(parser.entity.length ? entityBody : entityStart, c)) {
                parser.entity += c;
              } else {
                strictFail(parser, "Invalid character in entity name");
                parser[buffer] += "&" + parser.entity + c;
                parser.entity = "";
                parser.state = returnState;
              }
              continue;
            default: {
              throw new Error(parser, "Unknown state: " + parser.state);
            }
          }
        }
        if (parser.position >= parser.bufferCheckPosition) {
          checkBufferLength(parser);
        }
        return parser;
      }
      if (!String.fromCodePoint) {
        ;
        (function() {
          var stringFromCharCode = String.fromCharCode;
          var floor = Math.floor;
          var fromCodePoint = function() {
            var MAX_SIZE = 16384;
            var codeUnits = [];
            var highSurrogate;
            var lowSurrogate;
            var index = -1;
            var length = arguments.length;
            if (!length) {
              return "";
            }
            var result = "";
            while (++index < length) {
              var codePoint = Number(arguments[index]);
              if (!isFinite(codePoint) || // `NaN`, `+Infinity`, or `-Infinity`
              codePoint < 0 || // not a valid Unicode code point
              codePoint > 1114111 || // not a valid Unicode code point
              floor(codePoint) !== codePoint) {
                throw RangeError("Invalid code point: " + codePoint);
              }
              if (codePoint <= 65535) {
                codeUnits.push(codePoint);
              } else {
                codePoint -= 65536;
                highSurrogate = (codePoint >> 10) + 55296;
                lowSurrogate = codePoint % 1024 + 56320;
                codeUnits.push(highSurrogate, lowSurrogate);
              }
              if (index + 1 === length || codeUnits.length > MAX_SIZE) {
                result += stringFromCharCode.apply(null, codeUnits);
                codeUnits.length = 0;
              }
            }
            return result;
          };
          if (Object.defineProperty) {
            Object.defineProperty(String, "fromCodePoint", {
              value: fromCodePoint,
              configurable: true,
              writable: true
            });
          } else {
            String.fromCodePoint = fromCodePoint;
          }
        })();
      }
    })(typeof exports === "undefined" ? exports.sax = {} : exports);
  }
});

// src/actions/quality-score/main.ts
import { join as join3 } from "node:path";

// src/core/reports/types.ts
var DIMENSIONS = ["tests", "coverage", "lint", "security", "performance", "health", "analysis"];
var SEVERITIES = ["critical", "high", "medium", "low", "info", "unknown"];
var ReportError = class extends Error {
  file;
  line;
  problem;
  constructor(file, problem, line) {
    super(`${file}${line ? `:${line}` : ""}: ${problem}`);
    this.name = "ReportError";
    this.problem = problem;
    this.file = file;
    this.line = line;
  }
};

// src/core/score/formulas.ts
var round1 = (value) => Math.round(value * 10) / 10;
var clamp = (value) => Math.min(100, Math.max(0, value));
var fmt = (value) => String(round1(value));
function tests(d, c) {
  const executed = d.tests - d.skipped;
  const broken = d.failed + d.errors;
  const vetoes = [];
  if (c["require-all-passing"] && broken > 0)
    vetoes.push(`${broken} test${broken > 1 ? "s" : ""} failed and tests.require-all-passing is true`);
  if (executed < c["min-tests"])
    vetoes.push(`${executed} test${executed === 1 ? "" : "s"} executed, fewer than tests.min-tests ${c["min-tests"]}`);
  if (executed === 0)
    return { score: 0, formula: `no test executed (${d.tests} total, ${d.skipped} skipped) = 0`, vetoes };
  const score2 = clamp(100 * d.passed / executed - c["failure-penalty"] * broken);
  return {
    score: round1(score2),
    formula: `100 \xD7 ${d.passed}/${executed} \u2212 ${c["failure-penalty"]} \xD7 ${broken} = ${fmt(score2)}`,
    vetoes
  };
}
function coverage(d, c) {
  if (d.linesFound === 0)
    return { formula: "no instrumented lines", vetoes: [], noData: "the coverage report has zero instrumented lines" };
  const score2 = clamp(100 * d.linesHit / d.linesFound / (c.target / 100));
  return {
    score: round1(score2),
    formula: `min(100, 100 \xD7 (${d.linesHit}/${d.linesFound}) / ${c.target / 100}) = ${fmt(score2)}`,
    vetoes: []
  };
}
function lint(d, c) {
  const lines = c.lines ?? d.lines ?? 0;
  const kloc = Math.max(1, lines / 1e3);
  const points = c["error-weight"] * d.errors + c["warning-weight"] * d.warnings;
  const score2 = clamp(100 - points / kloc);
  const per = lines > 1e3 ? `(${lines}/1000 kLOC)` : lines > 0 ? `1 kLOC (${lines} lines, floor 1)` : "1 kLOC (lines unknown)";
  const formula = `100 \u2212 (${c["error-weight"]} \xD7 ${d.errors} + ${c["warning-weight"]} \xD7 ${d.warnings}) / ${per} = ${fmt(score2)}`;
  return { score: round1(score2), formula, vetoes: [] };
}
function security(d, c) {
  const terms = SEVERITIES.filter((s) => d[s] > 0).map((s) => `${c.deductions[s]} \xD7 ${d[s]} ${s}`);
  const deducted = SEVERITIES.reduce((acc, s) => acc + c.deductions[s] * d[s], 0);
  const score2 = clamp(100 - deducted);
  const vetoes = c["veto-critical"] && d.critical > 0 ? [`${d.critical} critical vulnerabilit${d.critical > 1 ? "ies" : "y"} and security.veto-critical is true`] : [];
  return { score: round1(score2), formula: `100 \u2212 (${terms.join(" + ") || "0"}) = ${fmt(score2)}`, vetoes };
}
function headroom(t) {
  if (t.limit === 0) return t.bound === "upper" ? t.measured <= 0 ? 0 : -1 : t.measured >= 0 ? 0 : -1;
  const h = t.bound === "upper" ? (t.limit - t.measured) / t.limit : (t.measured - t.limit) / t.limit;
  return t.limit < 0 ? -h : h;
}
function performance(d, c) {
  const failed = d.runs.filter((r) => !r.passed).length;
  const each = d.thresholds.map((t) => round1(clamp(80 + 40 * headroom(t))));
  let score2 = each.length ? each.reduce((a, b) => a + b, 0) / each.length : 100;
  let formula = each.length ? `mean(${each.map(fmt).join(", ")})` : "no thresholds with measured/limit: 100";
  if (failed > 0 && score2 > c["fail-cap"]) {
    formula = `min(${formula}, fail-cap ${c["fail-cap"]})`;
    score2 = c["fail-cap"];
  }
  return { score: round1(score2), formula: `${formula} = ${fmt(score2)}`, vetoes: [] };
}
function health(d, c) {
  if (d.checks === 0) return { formula: "no checks", vetoes: [], noData: "the health reports hold zero checks" };
  const score2 = 100 * d.passed / d.checks;
  const failing = d.checks - d.passed;
  const vetoes = c["require-all-passing"] && failing > 0 ? [`${failing} of ${d.checks} health/smoke checks did not pass and health.require-all-passing is true`] : [];
  return { score: round1(score2), formula: `100 \xD7 ${d.passed}/${d.checks} = ${fmt(score2)}`, vetoes };
}
function analysisScore(d, c) {
  if (d.runs.length === 0) return { formula: "no analyses", vetoes: [], noData: "the analysis reports hold no runs" };
  const score2 = d.runs.reduce((sum2, r) => sum2 + r.score, 0) / d.runs.length;
  const failed = d.runs.filter((r) => r.verdict === "fail");
  const vetoes = c["veto-fail"] && failed.length ? [
    `metric analysis failed (${failed.flatMap((r) => r.failing).join(", ") || "a metric"}) and analysis.veto-fail is true`
  ] : [];
  return {
    score: round1(score2),
    formula: `mean(${d.runs.map((r) => fmt(r.score)).join(", ")}) = ${fmt(score2)}`,
    vetoes
  };
}
function scoreDimension(id, data, config) {
  const dims = config.dimensions;
  switch (id) {
    case "tests":
      return tests(data, dims.tests);
    case "coverage":
      return coverage(data, dims.coverage);
    case "lint":
      return lint(data, dims.lint);
    case "security":
      return security(data, dims.security);
    case "performance":
      return performance(data, dims.performance);
    case "analysis":
      return analysisScore(data, dims.analysis);
    default:
      return health(data, dims.health);
  }
}

// src/core/score/model.ts
var DIMENSION_LABELS = {
  tests: "Tests",
  coverage: "Coverage",
  lint: "Code quality",
  security: "Security",
  performance: "Performance",
  health: "Health",
  analysis: "Metric analysis"
};
function dimensionResult(id, input, config, rules) {
  const settings = config.dimensions[id];
  const base = {
    id,
    label: DIMENSION_LABELS[id],
    weight: settings.weight,
    effectiveWeight: 0,
    minimum: settings.minimum,
    sources: []
  };
  if (input.status === "not-configured")
    return { ...base, status: "not-configured", verdict: "skip", formula: "no input given" };
  if (input.status === "missing") return missing(base, input.reason, config, rules);
  const scored = scoreDimension(id, input.data, config);
  if (scored.score === void 0)
    return { ...missing(base, scored.noData, config, rules), sources: input.sources, data: input.data };
  let verdict = "pass";
  for (const veto of scored.vetoes) rules.push({ kind: "veto", dimension: id, message: `veto: ${veto}` });
  if (settings.minimum !== null && scored.score < settings.minimum) {
    rules.push({
      kind: "minimum",
      dimension: id,
      message: `${id} ${scored.score} < minimum ${settings.minimum} (dimensions.${id}.minimum)`
    });
  }
  if (scored.vetoes.length || settings.minimum !== null && scored.score < settings.minimum) verdict = "fail";
  return {
    ...base,
    status: "scored",
    score: scored.score,
    verdict,
    formula: scored.formula,
    sources: input.sources,
    data: input.data
  };
}
function missing(base, reason, config, rules) {
  const fails = config.missing === "fail";
  if (fails)
    rules.push({
      kind: "missing",
      dimension: base.id,
      message: `${base.id} report missing (${reason}) and missing is 'fail'`
    });
  return { ...base, status: "missing", verdict: fails ? "fail" : "skip", formula: "excluded", reason };
}
function gradeOf(score2, grades2) {
  if (score2 >= grades2.A) return "A";
  if (score2 >= grades2.B) return "B";
  if (score2 >= grades2.C) return "C";
  return score2 >= grades2.D ? "D" : "F";
}
function computeScore(inputs2, config) {
  const rules = [];
  const dimensions = DIMENSIONS.map(
    (id) => dimensionResult(id, inputs2[id] ?? { status: "not-configured" }, config, rules)
  );
  const scored = dimensions.filter((d) => d.status === "scored" && d.weight > 0);
  const totalWeight = scored.reduce((acc, d) => acc + d.weight, 0);
  for (const d of scored) d.effectiveWeight = round1(100 * d.weight / totalWeight);
  const score2 = totalWeight ? round1(scored.reduce((acc, d) => acc + d.weight * d.score, 0) / totalWeight) : 0;
  const notes = renormalisationNotes(dimensions, totalWeight);
  if (scored.length === 0)
    rules.push({ kind: "empty", message: "no dimension could be scored: give at least one report input" });
  const thresholds = {
    minScore: config["min-score"],
    marginalScore: config["marginal-score"],
    maxDrop: config["max-drop"]
  };
  if (score2 < thresholds.minScore)
    rules.push({ kind: "overall", message: `overall ${score2} < min-score ${thresholds.minScore}` });
  const result = {
    score: score2,
    grade: gradeOf(score2, config.grades),
    verdict: "pass",
    passed: true,
    dimensions,
    failedRules: rules,
    notes,
    thresholds
  };
  return classify(result, config);
}
function renormalisationNotes(dimensions, totalWeight) {
  const excluded = dimensions.filter((d) => d.status === "missing" && d.weight > 0);
  if (!excluded.length) return [];
  const names = excluded.map((d) => `${d.id} (${d.reason})`).join(", ");
  return [`excluded ${names}; the remaining weights (sum ${totalWeight}) were renormalised to 100%`];
}
function classify(result, config) {
  const hard = result.failedRules.filter((r) => r.kind !== "overall");
  if (hard.length) result.verdict = "fail";
  else if (result.score >= result.thresholds.minScore) result.verdict = "pass";
  else result.verdict = result.score >= result.thresholds.marginalScore ? "marginal" : "fail";
  result.passed = result.verdict === "pass" || result.verdict === "marginal" && !config["fail-on-marginal"];
  return result;
}

// src/core/score/baseline.ts
var REPORT_SCHEMA = "deploy-kit/quality-score@1";
async function readBaseline(path) {
  const text2 = await readTextFile(path, (reason) => new ReportError(path, `baseline report ${reason}`));
  let data;
  try {
    data = JSON.parse(text2);
  } catch (error) {
    throw new ReportError(path, `baseline is not readable JSON: ${error.message}`);
  }
  const record = data;
  if (typeof record?.score !== "number" || !Array.isArray(record.dimensions)) {
    throw new ReportError(
      path,
      `baseline must be a quality-score report (${REPORT_SCHEMA}) with a numeric score and a dimensions array`
    );
  }
  const dimensions = {};
  for (const d of record.dimensions) {
    if (typeof d?.id === "string" && typeof d.score === "number") dimensions[d.id] = d.score;
  }
  return { path, score: record.score, dimensions };
}
function applyBaseline(result, baseline, config) {
  for (const d of result.dimensions) {
    const before = baseline.dimensions[d.id];
    if (d.score !== void 0 && before !== void 0) d.delta = round1(d.score - before);
  }
  const drop = round1(baseline.score - result.score);
  result.baseline = { path: baseline.path, score: baseline.score, drop };
  const maxDrop = config["max-drop"];
  if (maxDrop !== null && drop > maxDrop) {
    result.failedRules.push({
      kind: "baseline",
      message: `score dropped ${drop} points (baseline ${baseline.score} -> ${result.score}), more than max-drop ${maxDrop}`
    });
  }
  return classify(result, config);
}
function toReport(result, generatedAt) {
  return { schema: REPORT_SCHEMA, generatedAt: generatedAt.toISOString(), ...result };
}

// src/core/score/badge.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
var COLORS = {
  A: { name: "brightgreen", hex: "#4c1" },
  B: { name: "green", hex: "#97ca00" },
  C: { name: "yellow", hex: "#dfb317" },
  D: { name: "orange", hex: "#fe7d37" },
  F: { name: "red", hex: "#e05d44" }
};
function badgeEndpoint(result, label = "quality") {
  const color = result.passed ? COLORS[result.grade].name : "red";
  return { schemaVersion: 1, label, message: `${result.score} (${result.grade})`, color };
}
var escapeXml = (text2) => text2.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
var textWidth = (text2) => Math.round(text2.length * 6.5 + 10);
function badgeSvg(result, label = "quality") {
  const message = `${result.score} (${result.grade})`;
  const color = result.passed ? COLORS[result.grade].hex : COLORS.F.hex;
  const left = textWidth(label);
  const right = textWidth(message);
  const total = left + right;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${total}" height="20" role="img" aria-label="${escapeXml(`${label}: ${message}`)}">`,
    `<title>${escapeXml(`${label}: ${message}`)}</title>`,
    `<rect width="${left}" height="20" fill="#555"/>`,
    `<rect x="${left}" width="${right}" height="20" fill="${color}"/>`,
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">`,
    `<text x="${left / 2}" y="14">${escapeXml(label)}</text>`,
    `<text x="${left + right / 2}" y="14">${escapeXml(message)}</text>`,
    "</g>",
    "</svg>",
    ""
  ].join("\n");
}
async function writeBadges(result, dir) {
  await mkdir(dir, { recursive: true });
  const json = join(dir, "quality-badge.json");
  const svg = join(dir, "quality-badge.svg");
  await writeFile(json, `${JSON.stringify(badgeEndpoint(result))}
`);
  await writeFile(svg, badgeSvg(result));
  return { json, svg };
}

// src/core/reports/line-count.ts
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
function localPath(reference, cwd) {
  if (reference.startsWith("file://")) {
    try {
      return fileURLToPath(reference);
    } catch {
      return void 0;
    }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(reference)) return void 0;
  return inWorkspace(cwd, reference);
}
async function countFile(path) {
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(path)) {
    const buffer = chunk;
    for (let i = 0; i < buffer.length; i++) if (buffer[i] === 10) lines++;
    if (buffer.length) last = buffer[buffer.length - 1];
  }
  return last === 10 ? lines : lines + 1;
}
async function countLines(references, cwd) {
  let lines = 0;
  let counted = 0;
  for (const reference of references) {
    const path = localPath(reference, cwd);
    if (!path || !(await stat(path).catch(() => void 0))?.isFile()) continue;
    lines += await countFile(path);
    counted++;
  }
  return { lines, counted };
}

// src/core/reports/xml-stream.ts
var import_sax = __toESM(require_sax(), 1);
import { createReadStream as createReadStream2 } from "node:fs";
async function streamXml(path, expectedRoots, handlers) {
  const parser = import_sax.default.parser(true, { trim: false, normalize: false, position: true });
  const stack = [];
  let failure;
  let rootSeen = false;
  const fail = (problem) => {
    failure ??= new ReportError(path, problem, parser.line + 1);
  };
  parser.onerror = (error) => {
    fail(`not well-formed XML: ${error.message.split("\n")[0]}`);
  };
  parser.onopentag = (tag) => {
    if (failure) return;
    if (stack.length === 0 && !expectedRoots.includes(tag.name)) {
      fail(`root element is <${tag.name}>, expected ${expectedRoots.map((r) => `<${r}>`).join(" or ")}`);
      return;
    }
    rootSeen = true;
    handlers.open(tag.name, tag.attributes, stack);
    stack.push(tag.name);
  };
  parser.onclosetag = (name) => {
    if (failure) return;
    stack.pop();
    handlers.close?.(name, stack);
  };
  const stream = createReadStream2(path, { encoding: "utf8", highWaterMark: 256 * 1024 });
  let sawRoot = false;
  for await (const chunk of stream) {
    parser.write(sawRoot ? chunk : chunk.replace(/^\uFEFF/, ""));
    sawRoot = true;
    if (failure) {
      stream.destroy();
      throw failure;
    }
  }
  const roots = expectedRoots.map((r) => `<${r}>`).join(" or ");
  if (!sawRoot) throw new ReportError(path, `file is empty, expected ${roots}`);
  parser.close();
  if (failure) throw failure;
  if (!rootSeen) throw new ReportError(path, `no root element, expected ${roots}`);
}
function numberAttr(attributes, name) {
  const raw = attributes[name];
  if (raw === void 0 || raw.trim() === "") return void 0;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : void 0;
}

// src/core/reports/cobertura.ts
async function readCobertura(path) {
  const counted = { linesFound: 0, linesHit: 0, branchesFound: 0, branchesHit: 0 };
  const root = {};
  await streamXml(path, ["coverage"], {
    open(name, attributes, ancestors) {
      if (name === "coverage") {
        root.linesFound = numberAttr(attributes, "lines-valid");
        root.linesHit = numberAttr(attributes, "lines-covered");
        root.branchesFound = numberAttr(attributes, "branches-valid");
        root.branchesHit = numberAttr(attributes, "branches-covered");
        return;
      }
      if (name !== "line" || ancestors[ancestors.length - 2] !== "class") return;
      counted.linesFound++;
      if ((numberAttr(attributes, "hits") ?? 0) > 0) counted.linesHit++;
      const branch = attributes["condition-coverage"]?.match(/\((\d+)\/(\d+)\)/);
      if (attributes.branch === "true" && branch) {
        counted.branchesHit += Number(branch[1]);
        counted.branchesFound += Number(branch[2]);
      }
    }
  });
  if (counted.linesFound > 0) return counted;
  return {
    linesFound: root.linesFound ?? 0,
    linesHit: root.linesHit ?? 0,
    branchesFound: root.branchesFound ?? 0,
    branchesHit: root.branchesHit ?? 0
  };
}

// src/core/reports/files.ts
import { open, stat as stat2 } from "node:fs/promises";
var FORMATS = [
  "junit",
  "lcov",
  "cobertura",
  "istanbul-summary",
  "eslint",
  "sarif",
  "npm-audit",
  "perf-gate",
  "health-check",
  "smoke-test"
];
var DEFAULT_JSON_LIMIT_BYTES = 256 * 1024 * 1024;
function parseSpec(item) {
  const at = item.indexOf(":");
  const prefix = at > 0 ? item.slice(0, at) : "";
  if (FORMATS.includes(prefix)) return { pattern: item.slice(at + 1).trim(), format: prefix };
  return { pattern: item };
}
async function expandPattern(pattern, cwd) {
  if (!isGlobPattern(pattern)) {
    const path = inWorkspace(cwd, pattern);
    const info = await stat2(path).catch(() => void 0);
    return info?.isFile() ? [path] : [];
  }
  const files = [];
  for (const path of await globPaths(pattern, cwd)) if ((await stat2(path).catch(() => void 0))?.isFile()) files.push(path);
  return files;
}
async function readHead(path, bytes = 4096) {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead).toString("utf8").replace(/^\uFEFF/, "");
  } finally {
    await handle.close();
  }
}
async function readJson(path, limitBytes = DEFAULT_JSON_LIMIT_BYTES) {
  const { size } = await stat2(path);
  if (size > limitBytes) {
    throw new ReportError(path, `JSON report is ${size} bytes, over the ${limitBytes}-byte limit for JSON reports; split it or produce a streamed format (JUnit XML, lcov, Cobertura)`);
  }
  const handle = await open(path, "r");
  let text2;
  try {
    text2 = (await handle.readFile("utf8")).replace(/^\uFEFF/, "");
  } finally {
    await handle.close();
  }
  if (text2.trim() === "") throw new ReportError(path, "file is empty, expected a JSON document");
  try {
    return JSON.parse(text2);
  } catch (error) {
    throw new ReportError(path, `not valid JSON: ${error.message}`);
  }
}
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);

// src/core/reports/detect.ts
var DIMENSION_FORMATS = {
  tests: ["junit"],
  coverage: ["lcov", "cobertura", "istanbul-summary"],
  lint: ["eslint", "sarif"],
  security: ["npm-audit", "sarif"],
  performance: ["perf-gate"],
  health: ["health-check", "smoke-test"],
  analysis: ["analysis"]
};
var JSON_FORMATS = /* @__PURE__ */ new Set([
  "istanbul-summary",
  "eslint",
  "sarif",
  "npm-audit",
  "perf-gate",
  "health-check",
  "smoke-test",
  "analysis"
]);
function detectTextFormat(head) {
  const text2 = head.trimStart();
  if (text2.startsWith("{") || text2.startsWith("[")) return "json";
  if (text2.startsWith("<")) {
    const root = text2.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, "").trimStart().match(/^<([\w:-]+)/)?.[1];
    if (root === "testsuites" || root === "testsuite") return "junit";
    if (root === "coverage") return "cobertura";
    return void 0;
  }
  if (/^(TN|SF|VER):/m.test(text2.split("\n").slice(0, 5).join("\n"))) return "lcov";
  return void 0;
}
function detectJsonFormat(data, accepted) {
  const candidates = [
    ["analysis", isRecord(data) && typeof data.schema === "string" && data.schema.startsWith("deploy-kit/analysis-report@")],
    ["eslint", Array.isArray(data)],
    ["sarif", isRecord(data) && Array.isArray(data.runs) && (String(data.$schema ?? "").includes("sarif") || data.version === "2.1.0")],
    ["npm-audit", isRecord(data) && ("auditReportVersion" in data || isRecord(data.vulnerabilities) || isRecord(data.advisories))],
    ["istanbul-summary", isRecord(data) && isRecord(data.total) && isRecord(data.total.lines)],
    ["health-check", isRecord(data) && typeof data.healthy === "boolean"],
    ["smoke-test", isRecord(data) && typeof data.total === "number" && typeof data.failed === "number"],
    ["perf-gate", isRecord(data) && ("thresholds" in data || "verdict" in data || typeof data.passed === "boolean")]
  ];
  return candidates.find(([format, matches]) => matches && accepted.includes(format))?.[0];
}

// src/core/reports/json-readers.ts
function coverageFromIstanbul(path, data) {
  const total = isRecord(data) ? data.total : void 0;
  const lines = isRecord(total) ? total.lines : void 0;
  if (!isRecord(lines) || typeof lines.total !== "number" || typeof lines.covered !== "number") {
    throw new ReportError(path, "coverage summary needs total.lines.total and total.lines.covered numbers (istanbul json-summary)");
  }
  const branches = isRecord(total) && isRecord(total.branches) ? total.branches : {};
  return {
    linesFound: lines.total,
    linesHit: lines.covered,
    branchesFound: typeof branches.total === "number" ? branches.total : 0,
    branchesHit: typeof branches.covered === "number" ? branches.covered : 0
  };
}
function lintFromEslint(path, data) {
  if (!Array.isArray(data)) throw new ReportError(path, "ESLint JSON must be an array of { filePath, messages } entries");
  const counts = { errors: 0, warnings: 0, notes: 0, files: [] };
  data.forEach((entry, index) => {
    if (!isRecord(entry) || typeof entry.filePath !== "string" || !Array.isArray(entry.messages)) {
      throw new ReportError(path, `entry ${index} is not an ESLint result (needs filePath and messages)`);
    }
    counts.files.push(entry.filePath);
    for (const message of entry.messages) {
      const severity = isRecord(message) ? message.severity : void 0;
      if (severity === 2) counts.errors++;
      else if (severity === 1) counts.warnings++;
      else counts.notes++;
    }
  });
  return counts;
}
var NPM_SEVERITY = {
  critical: "critical",
  high: "high",
  moderate: "medium",
  medium: "medium",
  low: "low",
  info: "info"
};
var emptySecurity = () => ({ critical: 0, high: 0, medium: 0, low: 0, info: 0, unknown: 0 });
function securityFromNpmAudit(path, data) {
  if (!isRecord(data)) throw new ReportError(path, "npm audit JSON must be an object");
  const entries = isRecord(data.vulnerabilities) ? data.vulnerabilities : isRecord(data.advisories) ? data.advisories : void 0;
  if (!entries) {
    if (typeof data.error === "object") throw new ReportError(path, `npm audit reported an error instead of results: ${JSON.stringify(data.error).slice(0, 200)}`);
    throw new ReportError(path, "npm audit JSON has neither `vulnerabilities` (v2) nor `advisories` (v1)");
  }
  const counts = emptySecurity();
  for (const [name, entry] of Object.entries(entries)) {
    const severity = isRecord(entry) ? entry.severity : void 0;
    if (!isRecord(entry)) throw new ReportError(path, `vulnerability '${name}' is not an object`);
    counts[NPM_SEVERITY[String(severity).toLowerCase()] ?? "unknown"]++;
  }
  return counts;
}

// src/core/reports/junit.ts
var MAX_LISTED_FAILURES = 10;
async function readJunit(path) {
  const counts = { tests: 0, passed: 0, failed: 0, errors: 0, skipped: 0, failures: [] };
  let current;
  await streamXml(path, ["testsuites", "testsuite"], {
    open(name, attributes) {
      if (name === "testcase") {
        const suite = attributes.classname || attributes.class || "";
        current = { name: suite ? `${suite} > ${attributes.name ?? "?"}` : attributes.name ?? "?", outcome: "passed" };
        return;
      }
      if (!current) return;
      if (name === "failure" && current.outcome !== "errors") current.outcome = "failed";
      else if (name === "error") current.outcome = "errors";
      else if (name === "skipped" && current.outcome === "passed") current.outcome = "skipped";
    },
    close(name) {
      if (name !== "testcase" || !current) return;
      counts.tests++;
      counts[current.outcome]++;
      if ((current.outcome === "failed" || current.outcome === "errors") && counts.failures.length < MAX_LISTED_FAILURES) {
        counts.failures.push(current.name);
      }
      current = void 0;
    }
  });
  return counts;
}

// src/core/reports/lcov.ts
import { createReadStream as createReadStream3 } from "node:fs";
import { createInterface } from "node:readline";
var KNOWN = /^(TN|SF|VER|FN|FNL|FNA|FNDA|FNF|FNH|DA|BRDA|BRF|BRH|LF|LH):|^end_of_record$/;
async function readLcov(path) {
  const totals = { linesFound: 0, linesHit: 0, branchesFound: 0, branchesHit: 0 };
  const lines = createInterface({ input: createReadStream3(path, { encoding: "utf8" }), crlfDelay: Infinity });
  let record;
  let records = 0;
  let number2 = 0;
  for await (const raw of lines) {
    number2++;
    const line = raw.trim();
    if (line === "") continue;
    if (!KNOWN.test(line)) {
      lines.close();
      throw new ReportError(path, `not an lcov line: '${line.slice(0, 60)}'`, number2);
    }
    const [key, value = ""] = [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1)];
    if (line === "end_of_record") {
      if (record) addRecord(totals, record);
      record = void 0;
      continue;
    }
    if (key === "SF") {
      record = { da: 0, daHit: 0 };
      records++;
      continue;
    }
    if (!record) continue;
    if (key === "DA") {
      record.da++;
      if (Number(value.split(",")[1]) > 0) record.daHit++;
    } else if (key === "LF") record.lf = Number(value);
    else if (key === "LH") record.lh = Number(value);
    else if (key === "BRF") record.brf = Number(value);
    else if (key === "BRH") record.brh = Number(value);
  }
  if (record) addRecord(totals, record);
  if (records === 0) throw new ReportError(path, "no SF: (source file) records; is this an lcov tracefile?");
  return totals;
}
function addRecord(totals, record) {
  const lf = Number.isFinite(record.lf) ? record.lf : record.da;
  const lh = Number.isFinite(record.lh) ? record.lh : record.daHit;
  totals.linesFound += lf;
  totals.linesHit += Math.min(lh, lf);
  totals.branchesFound += Number.isFinite(record.brf) ? record.brf : 0;
  totals.branchesHit += Number.isFinite(record.brh) ? record.brh : 0;
}

// src/core/reports/merge.ts
var sum = (items, keys) => {
  const total = {};
  for (const key of keys) total[String(key)] = items.reduce((acc, item) => acc + Number(item[key]), 0);
  return total;
};
function mergeData(dimension, parts) {
  const merged = mergeAny(dimension, parts);
  return merged;
}
function mergeAny(dimension, parts) {
  switch (dimension) {
    case "tests": {
      const list2 = parts;
      return { ...sum(list2, ["tests", "passed", "failed", "errors", "skipped"]), failures: list2.flatMap((p) => p.failures).slice(0, 10) };
    }
    case "coverage":
      return sum(parts, ["linesFound", "linesHit", "branchesFound", "branchesHit"]);
    case "lint": {
      const list2 = parts;
      return { ...sum(list2, ["errors", "warnings", "notes"]), files: [...new Set(list2.flatMap((p) => p.files))] };
    }
    case "security":
      return { ...emptySecurity(), ...sum(parts, [...SEVERITIES]) };
    case "performance": {
      const list2 = parts;
      return { runs: list2.flatMap((p) => p.runs), thresholds: list2.flatMap((p) => p.thresholds) };
    }
    case "analysis":
      return { runs: parts.flatMap((p) => p.runs) };
    default: {
      const list2 = parts;
      return { ...sum(list2, ["checks", "passed"]), failing: list2.flatMap((p) => p.failing) };
    }
  }
}

// src/core/reports/analysis.ts
function analysisFromReport(path, data) {
  if (!isRecord(data)) throw new ReportError(path, "analysis report must be a JSON object");
  const score2 = data.score;
  if (typeof score2 !== "number" || !(score2 >= 0 && score2 <= 100))
    throw new ReportError(path, "analysis report needs `score`, a number from 0 to 100");
  if (typeof data.verdict !== "string") throw new ReportError(path, "analysis report needs `verdict` (pass, fail or inconclusive)");
  const metrics = Array.isArray(data.metrics) ? data.metrics.filter(isRecord) : [];
  const failing = metrics.filter((m) => m.outcome === "fail").map((m) => String(m.name));
  return { runs: [{ score: score2, verdict: data.verdict, failing }] };
}

// src/core/reports/perf-health.ts
var pick = (entry, keys) => keys.map((k) => entry[k]).find((v) => v !== void 0);
var numeric = (value) => typeof value === "number" && Number.isFinite(value) ? value : void 0;
function thresholdEntries(raw) {
  if (Array.isArray(raw)) return raw.filter(isRecord).map((t, i) => [String(pick(t, ["name", "expression", "metric"]) ?? `threshold ${i + 1}`), t]);
  if (isRecord(raw)) return Object.entries(raw).filter((e) => isRecord(e[1]));
  return [];
}
function boundOf(name, entry) {
  const op = String(pick(entry, ["op", "operator", "comparator"]) ?? "");
  if (op.startsWith(">") || op === "gt" || op === "gte" || op === "min") return "lower";
  if (op.startsWith("<") || op === "lt" || op === "lte" || op === "max") return "upper";
  const match = name.match(/([<>])/);
  if (match) return match[1] === ">" ? "lower" : "upper";
  return /rps|throughput|requests/i.test(name) ? "lower" : "upper";
}
function performanceFromPerfGate(path, data) {
  if (!isRecord(data)) throw new ReportError(path, "perf-gate report must be a JSON object");
  const verdict = typeof data.verdict === "string" ? data.verdict.toLowerCase() : void 0;
  const passed = typeof data.passed === "boolean" ? data.passed : verdict ? ["pass", "passed"].includes(verdict) : void 0;
  if (passed === void 0) throw new ReportError(path, "perf-gate report needs `passed` (boolean) or `verdict` (string)");
  const thresholds = [];
  for (const [name, entry] of thresholdEntries(data.thresholds)) {
    const measured = numeric(pick(entry, ["measured", "actual", "value", "observed"]));
    const limit = numeric(pick(entry, ["limit", "target", "threshold"]));
    const op = String(pick(entry, ["op", "operator", "comparator"]) ?? "");
    if (measured === void 0 || limit === void 0 || op === "==" || op === "!=") continue;
    thresholds.push({ name, measured, limit, bound: boundOf(name, entry) });
  }
  return { runs: [{ passed, verdict: verdict ?? (passed ? "pass" : "fail") }], thresholds };
}
function itemPassed(item) {
  const value = pick(item, ["healthy", "passed", "ok"]);
  if (typeof value === "boolean") return value;
  if (item.verdict === "pass" || item.verdict === "fail") return item.verdict === "pass";
  return void 0;
}
function healthFromReport(path, data, format) {
  if (!isRecord(data)) throw new ReportError(path, `${format} report must be a JSON object`);
  const items = asItems(pick(data, ["targets", "checks", "results", "urls", "cases"]));
  const failing = items.filter((i) => itemPassed(i) === false).map((i, n) => String(pick(i, ["name", "url"]) ?? `check ${n + 1}`));
  if (format === "smoke-test") {
    const total = numeric(data.total);
    const failed = numeric(data.failed);
    if (total === void 0 || failed === void 0) throw new ReportError(path, "smoke-test report needs numeric `total` and `failed`");
    return { checks: total, passed: Math.max(0, total - failed - (numeric(data.skipped) ?? 0)), failing };
  }
  if (typeof data.healthy !== "boolean") throw new ReportError(path, "health-check report needs `healthy` (boolean)");
  const judged = items.filter((i) => itemPassed(i) !== void 0);
  if (judged.length === 0) return { checks: 1, passed: data.healthy ? 1 : 0, failing: data.healthy ? [] : [path] };
  return { checks: judged.length, passed: judged.length - failing.length, failing };
}
var asItems = (value) => Array.isArray(value) ? value.filter(isRecord) : [];

// src/core/reports/sarif.ts
var asArray = (value) => Array.isArray(value) ? value : [];
var asRecord = (value) => isRecord(value) ? value : {};
function rulesOf(run2) {
  const tool = asRecord(run2.tool);
  const driver = asArray(asRecord(tool.driver).rules).map(asRecord);
  const extensions = asArray(tool.extensions).map((e) => asArray(asRecord(e).rules).map(asRecord));
  const byId = /* @__PURE__ */ new Map();
  for (const rule of [...driver, ...extensions.flat()]) if (typeof rule.id === "string" && !byId.has(rule.id)) byId.set(rule.id, rule);
  return { driver, extensions, byId };
}
function findingOf(result, rules) {
  const ref = asRecord(result.rule);
  const index = typeof result.ruleIndex === "number" ? result.ruleIndex : typeof ref.index === "number" ? ref.index : -1;
  const id = typeof result.ruleId === "string" ? result.ruleId : typeof ref.id === "string" ? ref.id : "";
  const component = asRecord(ref.toolComponent).index;
  const pool = typeof component === "number" ? rules.extensions[component] ?? [] : rules.driver;
  const rule = pool[index] ?? rules.byId.get(id) ?? {};
  const ruleProps = asRecord(rule.properties);
  const resultProps = asRecord(result.properties);
  const level = typeof result.level === "string" ? result.level : String(asRecord(rule.defaultConfiguration).level ?? "warning");
  const location = asRecord(asRecord(asArray(result.locations)[0]).physicalLocation);
  const uri = asRecord(location.artifactLocation).uri;
  return {
    level,
    securitySeverity: resultProps["security-severity"] ?? ruleProps["security-severity"],
    tags: [...asArray(ruleProps.tags), ...asArray(resultProps.tags)].map(String),
    file: typeof uri === "string" ? uri : void 0
  };
}
function sarifFindings(path, data) {
  if (!isRecord(data) || !Array.isArray(data.runs)) throw new ReportError(path, "SARIF needs a top-level `runs` array");
  const findings = [];
  data.runs.forEach((run2, index) => {
    if (!isRecord(run2)) throw new ReportError(path, `runs[${index}] is not an object`);
    if (run2.results !== void 0 && !Array.isArray(run2.results)) throw new ReportError(path, `runs[${index}].results is not an array`);
    const rules = rulesOf(run2);
    for (const result of asArray(run2.results)) findings.push(findingOf(asRecord(result), rules));
  });
  return findings;
}
function lintFromSarif(path, data) {
  const counts = { errors: 0, warnings: 0, notes: 0, files: [] };
  const files = /* @__PURE__ */ new Set();
  for (const finding of sarifFindings(path, data)) {
    if (finding.level === "error") counts.errors++;
    else if (finding.level === "warning") counts.warnings++;
    else counts.notes++;
    if (finding.file) files.add(finding.file);
  }
  counts.files = [...files];
  return counts;
}
var TAG_SEVERITY = { CRITICAL: "critical", HIGH: "high", MEDIUM: "medium", LOW: "low" };
var LEVEL_SEVERITY = { error: "high", warning: "medium", note: "low", none: "info" };
function severityOf(finding) {
  if (finding.securitySeverity !== void 0) {
    const score2 = Number(finding.securitySeverity);
    if (!Number.isFinite(score2) || score2 < 0 || score2 > 10 || String(finding.securitySeverity).trim() === "") return "unknown";
    if (score2 >= 9) return "critical";
    if (score2 >= 7) return "high";
    if (score2 >= 4) return "medium";
    return score2 > 0 ? "low" : "info";
  }
  const tagged = finding.tags.map((tag) => TAG_SEVERITY[tag.toUpperCase()]).find(Boolean);
  return tagged ?? LEVEL_SEVERITY[finding.level] ?? "unknown";
}
function securityFromSarif(path, data) {
  const counts = emptySecurity();
  for (const finding of sarifFindings(path, data)) counts[severityOf(finding)]++;
  return counts;
}

// src/core/reports/read.ts
async function readStreamed(path, format) {
  if (format === "junit") return readJunit(path);
  if (format === "lcov") return readLcov(path);
  return readCobertura(path);
}
function fromJson(dimension, format, path, data) {
  switch (format) {
    case "istanbul-summary":
      return coverageFromIstanbul(path, data);
    case "eslint":
      return lintFromEslint(path, data);
    case "sarif":
      return dimension === "lint" ? lintFromSarif(path, data) : securityFromSarif(path, data);
    case "npm-audit":
      return securityFromNpmAudit(path, data);
    case "perf-gate":
      return performanceFromPerfGate(path, data);
    case "analysis":
      return analysisFromReport(path, data);
    default:
      return healthFromReport(path, data, format);
  }
}
async function readReport(dimension, path, explicit, options) {
  const accepted = DIMENSION_FORMATS[dimension];
  const expected = `expected ${accepted.join(", ")}; name the format explicitly as 'FORMAT:path' if it is one of them`;
  if (explicit && !accepted.includes(explicit)) throw new ReportError(path, `format '${explicit}' is not a ${dimension} report; ${dimension} accepts ${accepted.join(", ")}`);
  const sniffed = explicit ?? detectTextFormat(await readHead(path));
  if (sniffed === void 0) throw new ReportError(path, `could not recognise the ${dimension} report format; ${expected}`);
  if (sniffed !== "json" && !JSON_FORMATS.has(sniffed)) {
    if (!accepted.includes(sniffed)) throw new ReportError(path, `looks like ${sniffed}, which is not a ${dimension} report; ${expected}`);
    return { format: sniffed, data: await readStreamed(path, sniffed) };
  }
  const json = await readJson(path, options.jsonLimitBytes);
  const format = sniffed === "json" ? detectJsonFormat(json, accepted) : sniffed;
  if (!format) throw new ReportError(path, `JSON with an unrecognised shape for ${dimension}; ${expected}`);
  return { format, data: fromJson(dimension, format, path, json) };
}
async function readDimension(dimension, items, options) {
  const sources = [];
  const parts = [];
  for (const spec of items.map(parseSpec)) {
    for (const path of await expandPattern(spec.pattern, options.cwd)) {
      if (sources.some((s) => s.path === path)) continue;
      const { format, data } = await readReport(dimension, path, spec.format, options);
      sources.push({ path, format });
      parts.push(data);
    }
  }
  if (sources.length === 0) return { dimension, status: "missing", patterns: items, reason: `no file matches ${items.join(", ")}` };
  return { dimension, status: "read", data: mergeData(dimension, parts), sources };
}

// src/core/score/config.ts
var score = () => external_exports.number().min(0).max(100);
var minimum = (value) => score().nullable().default(value);
var weight = (value) => external_exports.number().min(0).max(1e3).default(value);
var tests2 = external_exports.strictObject({
  weight: weight(25),
  minimum: minimum(null),
  "require-all-passing": external_exports.boolean().default(true),
  "min-tests": external_exports.number().int().min(0).default(1),
  "failure-penalty": external_exports.number().min(0).default(2)
});
var coverage2 = external_exports.strictObject({
  weight: weight(15),
  minimum: minimum(null),
  target: external_exports.number().gt(0).max(100).default(80)
});
var lint2 = external_exports.strictObject({
  weight: weight(20),
  minimum: minimum(85),
  "error-weight": external_exports.number().min(0).default(10),
  "warning-weight": external_exports.number().min(0).default(2),
  lines: external_exports.number().int().min(1).nullable().default(null)
});
var deductions = external_exports.strictObject({
  critical: external_exports.number().min(0).default(25),
  high: external_exports.number().min(0).default(10),
  medium: external_exports.number().min(0).default(3),
  low: external_exports.number().min(0).default(1),
  info: external_exports.number().min(0).default(0),
  unknown: external_exports.number().min(0).default(10)
});
var security2 = external_exports.strictObject({
  weight: weight(20),
  minimum: minimum(85),
  "veto-critical": external_exports.boolean().default(true),
  deductions: deductions.prefault({})
});
var performance2 = external_exports.strictObject({ weight: weight(10), minimum: minimum(80), "fail-cap": score().default(50) });
var health2 = external_exports.strictObject({
  weight: weight(10),
  minimum: minimum(null),
  "require-all-passing": external_exports.boolean().default(true)
});
var analysis = external_exports.strictObject({ weight: weight(0), minimum: minimum(null), "veto-fail": external_exports.boolean().default(true) });
var grades = external_exports.strictObject({ A: score().default(90), B: score().default(80), C: score().default(70), D: score().default(60) }).refine((g) => g.A >= g.B && g.B >= g.C && g.C >= g.D, { message: "grade bands must satisfy A >= B >= C >= D" });
var scoreConfigSchema = external_exports.strictObject({
  "min-score": score().default(80),
  "marginal-score": score().default(70),
  "fail-on-marginal": external_exports.boolean().default(true),
  missing: external_exports.enum(["exclude", "fail"]).default("exclude"),
  "max-drop": external_exports.number().min(0).nullable().default(null),
  grades: grades.prefault({}),
  dimensions: external_exports.strictObject({
    tests: tests2.prefault({}),
    coverage: coverage2.prefault({}),
    lint: lint2.prefault({}),
    security: security2.prefault({}),
    performance: performance2.prefault({}),
    health: health2.prefault({}),
    analysis: analysis.prefault({})
  }).prefault({})
}).refine((c) => c["marginal-score"] <= c["min-score"], {
  message: "marginal-score must not be above min-score",
  path: ["marginal-score"]
});
var defaultScoreConfig = () => scoreConfigSchema.parse({});

// src/core/score/config-file.ts
var ScoreConfigError = class extends Error {
  constructor(file, problems) {
    super(problems.map((p) => `${file}${p.line ? `:${p.line}` : ""}: ${p.message}`).join("\n"));
    this.file = file;
    this.problems = problems;
    this.name = "ScoreConfigError";
  }
  file;
  problems;
};
function parseScoreConfig(text2, file) {
  const source = parseYamlSource(text2);
  if (source.syntaxErrors.length) {
    throw new ScoreConfigError(
      file,
      source.syntaxErrors.map((e) => ({ message: `invalid YAML: ${e.message}`, line: e.line }))
    );
  }
  const parsed = scoreConfigSchema.safeParse(source.value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [];
    const where = issue.path.length ? issue.path.join(".") : "(top level)";
    const message = keys.length ? `unknown key${keys.length > 1 ? "s" : ""} ${keys.map((k) => `'${k}'`).join(", ")} in ${issue.path.join(".") || "the top level"}` : `${where}: ${issue.message}`;
    return { message, line: issueLine(source, issue) };
  });
  throw new ScoreConfigError(
    file,
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  );
}
async function loadScoreConfig(path) {
  const text2 = await readTextFile(path, (reason) => new ScoreConfigError(path, [{ message: `config file ${reason}` }]));
  return parseScoreConfig(text2, path);
}

// src/actions/quality-score/collect.ts
async function loadConfig(inputs2, workspace) {
  let config = defaultScoreConfig();
  if (inputs2.config) {
    const path = inWorkspace(workspace, inputs2.config);
    try {
      config = await loadScoreConfig(path);
    } catch (error) {
      if (!(error instanceof ScoreConfigError)) throw error;
      throw new ConfigError(
        error.problems.map((p) => ({
          input: "config",
          message: p.message,
          file: displayPath(workspace, path),
          line: p.line
        }))
      );
    }
  }
  if (inputs2["min-score"] !== void 0) config["min-score"] = inputs2["min-score"];
  if (inputs2["max-drop"] !== void 0) config["max-drop"] = inputs2["max-drop"];
  if (config["marginal-score"] > config["min-score"]) config["marginal-score"] = config["min-score"];
  return config;
}
async function withLines(data, workspace, runtime) {
  const { lines, counted } = await countLines(data.files, workspace);
  runtime.debug(`lint: counted ${lines} lines in ${counted} of ${data.files.length} linted files`);
  return { ...data, lines };
}
async function collectDimensions(inputs2, config, runtime) {
  const workspace = workspaceOf(runtime);
  const found = {};
  for (const id of DIMENSIONS) {
    const items = inputs2[id] ?? [];
    if (items.length === 0) continue;
    try {
      const read = await readDimension(id, items, { cwd: workspace });
      if (read.status === "missing") {
        runtime.warning(`${id}: ${read.reason}`);
        found[id] = { status: "missing", reason: read.reason };
        continue;
      }
      const data = id === "lint" && config.dimensions.lint.lines === null ? await withLines(read.data, workspace, runtime) : read.data;
      const sources = read.sources.map((s) => ({ ...s, path: displayPath(workspace, s.path) }));
      runtime.info(`${id}: read ${sources.map((s) => `${s.path} (${s.format})`).join(", ")}`);
      found[id] = { status: "read", data, sources };
    } catch (error) {
      if (!(error instanceof ReportError)) throw error;
      throw new ConfigError([
        { input: id, message: error.problem, file: displayPath(workspace, error.file), line: error.line }
      ]);
    }
  }
  return found;
}

// src/actions/quality-score/inputs.ts
var inputs = {
  tests: list({ newlineOnly: true }),
  coverage: list({ newlineOnly: true }),
  lint: list({ newlineOnly: true }),
  security: list({ newlineOnly: true }),
  performance: list({ newlineOnly: true }),
  health: list({ newlineOnly: true }),
  analysis: list({ newlineOnly: true }),
  config: text(),
  "min-score": number({ min: 0, max: 100 }),
  baseline: text(),
  "max-drop": number({ min: 0, max: 100 }),
  report: text(),
  comment: bool({ default: "true" }),
  badge: text(),
  "github-token": text({ default: "${{ github.token }}", secret: true })
};

// src/actions/quality-score/publish.ts
import { writeFile as writeFile2 } from "node:fs/promises";
import { dirname, join as join2 } from "node:path";

// src/clients/github/comments.ts
function httpStatus(error) {
  const status = error?.status;
  return typeof status === "number" ? status : void 0;
}
async function upsertComment(octokit, target, marker, body) {
  const fullBody = body.includes(marker) ? body : `${marker}
${body}`;
  const where = { owner: target.owner, repo: target.repo, issue_number: target.number };
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...where, per_page: 100 });
    const existing = comments.find((c) => typeof c.body === "string" && c.body.includes(marker));
    if (existing) {
      const { data: data2 } = await octokit.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: existing.id,
        body: fullBody
      });
      return { status: "updated", id: data2.id, url: data2.html_url };
    }
    const { data } = await octokit.rest.issues.createComment({ ...where, body: fullBody });
    return { status: "created", id: data.id, url: data.html_url };
  } catch (error) {
    if (httpStatus(error) === 403) return { status: "forbidden", message: error.message };
    throw error;
  }
}
function pullRequestFromEvent(env, event) {
  const pr = event?.pull_request;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!pr || typeof pr.number !== "number" || !owner || !repo) return void 0;
  return { owner, repo, number: pr.number };
}

// src/core/charts/score-charts.ts
function dimensionsChart(result) {
  const scored = result.dimensions.filter((d) => d.score !== void 0);
  const withMinimum = scored.some((d) => d.minimum !== null);
  return {
    type: "xy",
    title: "Score by dimension",
    categories: scored.map((d) => d.label),
    yLabel: "score",
    yMin: 0,
    yMax: 100,
    series: [
      { name: "score", kind: "bar", values: scored.map((d) => d.score ?? 0) },
      ...withMinimum ? [{ name: "minimum", kind: "bar", values: scored.map((d) => d.minimum ?? 0) }] : []
    ]
  };
}

// src/actions/quality-score/summary.ts
var COMMENT_MARKER = "<!-- deploy-kit:quality-score -->";
var MAX_SOURCES = 5;
var COMMENT_LIMIT_BYTES = 6e4;
var VERDICT_ICON = { pass: "\u2705", marginal: "\u26A0\uFE0F", fail: "\u274C" };
var signed = (value) => value === void 0 ? "" : value > 0 ? `+${value}` : String(value);
function dimensionRow(d, withBaseline) {
  const score2 = d.score === void 0 ? "\u2014" : d.score;
  const weight2 = d.status === "scored" ? `${d.weight} (${d.effectiveWeight}%)` : `${d.weight} (excluded)`;
  const verdict = `${verdictIcon(d.verdict)} ${d.verdict}${d.reason ? `: ${d.reason}` : ""}`;
  const shown = d.sources.slice(0, MAX_SOURCES).map((s) => `${s.path} (${s.format})`);
  if (d.sources.length > MAX_SOURCES) shown.push(`... and ${d.sources.length - MAX_SOURCES} more (all in the report)`);
  const sources = shown.join("\n") || (d.status === "not-configured" ? "not given" : "");
  const row = [d.label, score2, weight2, d.minimum ?? "\u2014", verdict, d.formula, sources];
  if (withBaseline) row.splice(2, 0, signed(d.delta));
  return row;
}
function barChart(result) {
  if (!result.dimensions.some((d) => d.score !== void 0)) return "";
  return toMermaid(dimensionsChart(result));
}
function failingDetails(result) {
  const lines = [];
  for (const d of result.dimensions) {
    const data = d.data;
    const names = data?.failures ?? data?.failing ?? [];
    if (names.length) lines.push(`**${d.label}**:
${names.map((n) => `- ${cell(n)}`).join("\n")}`);
  }
  return lines.length ? details("Failing tests and checks", lines.join("\n\n")) : "";
}
function renderSummary(result) {
  const withBaseline = result.baseline !== void 0;
  const headers = ["dimension", "score", "weight (share)", "minimum", "verdict", "formula", "source files"];
  if (withBaseline) headers.splice(2, 0, "\u0394 baseline");
  let md = heading(
    `${VERDICT_ICON[result.verdict]} Quality score: ${result.score} / 100 (grade ${result.grade}) \u2014 ${result.verdict}`
  );
  const t = result.thresholds;
  md += `Gate: overall >= ${t.minScore} to pass, >= ${t.marginalScore} is marginal${t.maxDrop !== null ? `, at most ${t.maxDrop} points below the baseline` : ""}. `;
  md += result.passed ? "**The gate passed.**\n\n" : "**The gate failed.**\n\n";
  if (result.failedRules.length) {
    md += heading("Rules that failed the gate", 3);
    md += result.failedRules.map((r) => `- ${cell(r.message)}`).join("\n") + "\n\n";
  }
  md += table(
    headers,
    result.dimensions.map((d) => dimensionRow(d, withBaseline))
  );
  md += "\n" + barChart(result);
  if (result.baseline)
    md += `
Baseline ${cell(result.baseline.path)}: ${result.baseline.score} -> ${result.score} (${signed(-result.baseline.drop) || "0"}).
`;
  for (const note of result.notes) md += `
> ${cell(note)}
`;
  md += failingDetails(result);
  return md;
}
function renderComment(result) {
  return capSummary(`${COMMENT_MARKER}
${renderSummary(result)}`, COMMENT_LIMIT_BYTES);
}

// src/actions/quality-score/publish.ts
async function eventPayload(runtime) {
  const { payload, warning } = await readEventPayload(runtime.env);
  if (warning) runtime.warning(warning);
  return runtime.env.GITHUB_EVENT_PATH && !warning ? payload : void 0;
}
async function saveForLater(result, reportFile, pr, reason, runtime) {
  const bodyFile = join2(dirname(reportFile), "quality-score-comment.md");
  const metaFile = join2(dirname(reportFile), "quality-score-comment.json");
  await writeFile2(bodyFile, renderComment(result));
  await writeFile2(
    metaFile,
    `${JSON.stringify({ repository: `${pr.owner}/${pr.repo}`, pullRequest: pr.number, marker: COMMENT_MARKER, bodyFile }, null, 2)}
`
  );
  runtime.warning(
    `could not comment on pull request #${pr.number} (${reason})` + (/^(403|no github-token)/.test(reason) ? "; expected on fork pull requests, whose token is read-only. " : ". ") + `The comment was written to ${bodyFile} (PR number in ${metaFile}): upload both as an artifact and post the body from a \`on: workflow_run\` job with \`pull-requests: write\`, e.g. \`gh pr comment <number> --body-file quality-score-comment.md --edit-last --create-if-none\`.`
  );
  return { status: "saved", reason, bodyFile, metaFile };
}
async function publishComment(result, reportFile, token, runtime) {
  const pr = pullRequestFromEvent(runtime.env, await eventPayload(runtime));
  if (!pr) return { status: "skipped", reason: "not a pull_request event" };
  if (!usableToken(token)) return saveForLater(result, reportFile, pr, "no github-token", runtime);
  try {
    const octokit = createOctokit(usableToken(token), runtime.env.GITHUB_API_URL);
    const outcome = await upsertComment(octokit, pr, COMMENT_MARKER, renderComment(result));
    if (outcome.status === "forbidden") return saveForLater(result, reportFile, pr, `403: ${outcome.message}`, runtime);
    runtime.info(`${outcome.status} pull request comment ${outcome.url}`);
    return outcome;
  } catch (error) {
    return saveForLater(result, reportFile, pr, describeError(error), runtime);
  }
}

// src/actions/quality-score/main.ts
async function baselineFor(inputs2, workspace) {
  if (!inputs2.baseline) return void 0;
  try {
    return await readBaseline(inWorkspace(workspace, inputs2.baseline));
  } catch (error) {
    if (error instanceof ReportError) throw ConfigError.single("baseline", error.problem, { file: inputs2.baseline });
    throw error;
  }
}
async function execute(inputs2, runtime) {
  const workspace = workspaceOf(runtime);
  const config = await loadConfig(inputs2, workspace);
  const baseline = await baselineFor(inputs2, workspace);
  const found = await runtime.group("Read reports", () => collectDimensions(inputs2, config, runtime));
  let result = computeScore(found, config);
  if (baseline) result = applyBaseline(result, baseline, config);
  for (const note of result.notes) runtime.warning(note);
  const report = await writeJsonReport(
    reportPath(inputs2.report, workspace, runtime.tempDir, "quality-score.json"),
    toReport(result, /* @__PURE__ */ new Date())
  );
  if (inputs2.badge) await checkReportTarget(join3(inWorkspace(workspace, inputs2.badge), "quality-badge.json"), "badge");
  const badges = inputs2.badge ? await writeBadges(result, inWorkspace(workspace, inputs2.badge)) : void 0;
  const comment = inputs2.comment ? await publishComment(result, report, inputs2["github-token"], runtime) : { status: "skipped", reason: "comment is false" };
  runtime.info(`quality score ${result.score} (${result.grade}), verdict ${result.verdict}; report ${report}`);
  return { result, report, comment, badges };
}
var definition = {
  name: "quality-score",
  inputs,
  execute,
  outputs: ({ result, report }) => ({
    score: result.score,
    grade: result.grade,
    verdict: result.verdict,
    passed: result.passed,
    dimensions: JSON.stringify(
      result.dimensions.map((d) => ({
        id: d.id,
        status: d.status,
        score: d.score ?? null,
        weight: d.weight,
        share: d.effectiveWeight,
        minimum: d.minimum,
        verdict: d.verdict,
        delta: d.delta ?? null
      }))
    ),
    report
  }),
  summary: ({ result }) => renderSummary(result),
  failure: ({ result }) => result.passed ? void 0 : `quality gate ${result.verdict} at ${result.score} (${result.grade}): ${result.failedRules.map((r) => r.message).join("; ")}`
};
var run = (runtime) => runAction(definition, runtime);

export {
  definition,
  run
};
