#!/usr/bin/env node
import { createRequire as __dkCreateRequire } from 'node:module';
import { fileURLToPath as __dkFileURLToPath } from 'node:url';
import { dirname as __dkDirname } from 'node:path';
const require = __dkCreateRequire(import.meta.url);
const __filename = __dkFileURLToPath(import.meta.url);
const __dirname = __dkDirname(__filename);
import {
  createOctokit
} from "./chunk-B4FJAGZT.js";
import {
  recordProblem
} from "./chunk-BYC3HQUC.js";
import {
  heading,
  runAction,
  table
} from "./chunk-LNGQDQGR.js";
import {
  bool,
  checkUrl,
  duration,
  number,
  oneOf,
  text,
  usableToken
} from "./chunk-MKPTSRCZ.js";
import {
  ConfigError,
  describeError
} from "./chunk-TLPLIUBF.js";

// src/core/notify/message.ts
var RELEASE_STATUSES = ["started", "succeeded", "failed", "rolled-back", "cancelled"];
var ICON = {
  started: "\u{1F680}",
  succeeded: "\u2705",
  failed: "\u274C",
  "rolled-back": "\u21A9\uFE0F",
  cancelled: "\u23F9\uFE0F"
};
function titleOf(m) {
  const what = m.repository ? `${m.repository} ${m.version}` : m.version;
  switch (m.status) {
    case "started":
      return `${ICON.started} Deploying ${what} to ${m.environment}`;
    case "succeeded":
      return `${ICON.succeeded} ${what} deployed to ${m.environment}`;
    case "failed":
      return `${ICON.failed} ${what} failed on ${m.environment}`;
    case "rolled-back":
      return `${ICON["rolled-back"]} ${what} rolled back on ${m.environment}${m.restoredVersion ? ` (${m.restoredVersion} restored)` : ""}`;
    case "cancelled":
      return `${ICON.cancelled} ${what} cancelled on ${m.environment}${m.restoredVersion ? ` (${m.restoredVersion} restored)` : ""}`;
  }
}
function colorOf(status) {
  return { started: "0366D6", succeeded: "2EA44F", failed: "D73A49", "rolled-back": "E36209", cancelled: "6A737D" }[status];
}
function factsOf(m) {
  const facts = [
    ["Version", m.version],
    ["Environment", m.environment],
    ["Status", m.status],
    ["Verdict", m.verdict],
    ["Score", m.score],
    ["Digest", m.digest],
    ["Reason", m.reason],
    ["Restored version", m.restoredVersion]
  ];
  return facts.filter((f) => Boolean(f[1])).map(([name, value]) => ({ name, value }));
}
function linksOf(m) {
  const links = [];
  if (m.environmentUrl) links.push({ name: "Open environment", value: m.environmentUrl });
  if (m.logUrl) links.push({ name: "View run", value: m.logUrl });
  return links;
}
function markdownOf(m) {
  const lines = [`### ${titleOf(m)}`, "", ...factsOf(m).map((f) => `- **${f.name}**: ${f.value}`)];
  const links = linksOf(m).map((l) => `[${l.name}](${l.value})`);
  if (links.length) lines.push("", links.join(" | "));
  return lines.join("\n");
}

// src/core/notify/send.ts
import { createHmac } from "node:crypto";

// src/core/notify/payloads.ts
function webhookPayload(m) {
  return { source: "deploy-kit", title: titleOf(m), ...m };
}
function slackPayload(m) {
  const links = linksOf(m).map((l) => `<${l.value}|${l.name}>`).join("  ");
  return {
    text: titleOf(m),
    blocks: [
      { type: "header", text: { type: "plain_text", text: titleOf(m).slice(0, 150) } },
      {
        type: "section",
        fields: factsOf(m).slice(0, 10).map((f) => ({ type: "mrkdwn", text: `*${f.name}*
${f.value}` }))
      },
      ...links ? [{ type: "context", elements: [{ type: "mrkdwn", text: links }] }] : []
    ]
  };
}
function teamsPayload(m, format) {
  if (format === "message-card") {
    return {
      "@type": "MessageCard",
      "@context": "https://schema.org/extensions",
      themeColor: colorOf(m.status),
      summary: titleOf(m),
      title: titleOf(m),
      sections: [{ facts: factsOf(m) }],
      potentialAction: linksOf(m).map((l) => ({
        "@type": "OpenUri",
        name: l.name,
        targets: [{ os: "default", uri: l.value }]
      }))
    };
  }
  const card = {
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    type: "AdaptiveCard",
    version: "1.4",
    body: [
      {
        type: "TextBlock",
        text: titleOf(m),
        weight: "Bolder",
        size: "Medium",
        wrap: true,
        color: m.status === "succeeded" ? "Good" : m.status === "started" ? "Accent" : "Attention"
      },
      { type: "FactSet", facts: factsOf(m).map((f) => ({ title: f.name, value: f.value })) }
    ],
    actions: linksOf(m).map((l) => ({ type: "Action.OpenUrl", title: l.name, url: l.value }))
  };
  return {
    type: "message",
    attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", contentUrl: null, content: card }]
  };
}
function dingtalkPayload(m) {
  return { msgtype: "markdown", markdown: { title: titleOf(m), text: markdownOf(m) } };
}
function wecomPayload(m) {
  return { msgtype: "markdown", markdown: { content: markdownOf(m) } };
}
function payloadFor(kind, m, teamsFormat = "adaptive-card") {
  switch (kind) {
    case "webhook":
      return webhookPayload(m);
    case "slack":
      return slackPayload(m);
    case "teams":
      return teamsPayload(m, teamsFormat);
    case "dingtalk":
      return dingtalkPayload(m);
    case "wecom":
      return wecomPayload(m);
  }
}

// src/core/notify/send.ts
function signDingTalkUrl(url, secret, timestamp) {
  const sign = createHmac("sha256", secret).update(`${timestamp}
${secret}`).digest("base64");
  const signed = new URL(url);
  signed.searchParams.set("timestamp", String(timestamp));
  signed.searchParams.set("sign", sign);
  return signed.toString();
}
function scrub(text2, channel) {
  const secrets = [channel.url, channel.signingSecret ?? ""];
  try {
    const url = new URL(channel.url);
    secrets.push(...[...url.searchParams.values()], url.pathname, url.href);
  } catch {
  }
  let clean = text2;
  for (const s of secrets.filter((v) => v.length >= 4).sort((a, b) => b.length - a.length))
    clean = clean.split(s).join("***");
  return clean;
}
function robotError(kind, body) {
  if (kind !== "dingtalk" && kind !== "wecom") return void 0;
  try {
    const parsed = JSON.parse(body);
    return parsed.errcode && parsed.errcode !== 0 ? `errcode ${parsed.errcode}: ${parsed.errmsg ?? ""}`.trim() : void 0;
  } catch {
    return void 0;
  }
}
async function attempt(channel, body, options) {
  const url = channel.kind === "dingtalk" && channel.signingSecret ? signDingTalkUrl(channel.url, channel.signingSecret, (options.now ?? Date.now)()) : channel.url;
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8", "user-agent": "deploy-kit-notify" },
      body,
      signal: AbortSignal.timeout(options.timeoutMs)
    });
    const text2 = (await response.text()).slice(0, 300);
    if (!response.ok)
      return {
        status: response.status,
        error: `HTTP ${response.status} ${text2}`.trim(),
        retry: response.status === 429 || response.status >= 500
      };
    const robot = robotError(channel.kind, text2);
    return { status: response.status, error: robot, retry: false };
  } catch (error) {
    const err = error;
    const reason = err.name === "TimeoutError" ? `no answer within ${options.timeoutMs}ms` : err.cause?.code ?? err.message;
    return { error: reason, retry: true };
  }
}
async function deliver(channel, message, options) {
  const started = Date.now();
  const body = JSON.stringify(payloadFor(channel.kind, message, options.teamsFormat));
  const max = Math.max(1, options.attempts ?? 2);
  let last = { retry: false };
  let attempts = 0;
  while (attempts < max) {
    attempts++;
    last = await attempt(channel, body, options);
    if (!last.error || !last.retry) break;
    if (attempts < max) await new Promise((r) => setTimeout(r, options.retryDelayMs ?? 500));
  }
  const error = last.error ? scrub(last.error.replace(/\s+/g, " "), channel) : void 0;
  return { kind: channel.kind, ok: !error, status: last.status, error, attempts, elapsedMs: Date.now() - started };
}
async function deliverAll(channels, message, options) {
  return Promise.all(channels.map((c) => deliver(c, message, options)));
}

// src/actions/notify/inputs.ts
var inputs = {
  status: oneOf(RELEASE_STATUSES, { required: true }),
  version: text({ required: true }),
  environment: text({ default: "production" }),
  digest: text({ default: "" }),
  verdict: text({ default: "" }),
  score: text({ default: "" }),
  reason: text({ default: "" }),
  "restored-version": text({ default: "" }),
  record: text({ default: "" }),
  "environment-url": text({ default: "" }),
  "log-url": text({ default: "" }),
  "webhook-url": text({ default: "", secret: true }),
  "slack-webhook-url": text({ default: "", secret: true }),
  "teams-webhook-url": text({ default: "", secret: true }),
  "teams-format": oneOf(["adaptive-card", "message-card"], { default: "adaptive-card" }),
  "dingtalk-webhook-url": text({ default: "", secret: true }),
  "dingtalk-secret": text({ default: "", secret: true }),
  "wecom-webhook-url": text({ default: "", secret: true }),
  timeout: duration({ default: "10s", min: 100, max: 12e4 }),
  "github-deployment": bool({ default: "false" }),
  "deployment-id": number({ integer: true, min: 1 }),
  production: bool({ default: "false" }),
  "github-token": text({ default: "${{ github.token }}", secret: true })
};

// src/clients/github/deployments.ts
var DESCRIPTION_LIMIT = 140;
function shortDescription(text2) {
  const oneLine = text2.replace(/\s+/g, " ").trim();
  return oneLine.length <= DESCRIPTION_LIMIT ? oneLine : `${oneLine.slice(0, DESCRIPTION_LIMIT - 3)}...`;
}
function deploymentPayload(release, extra = {}) {
  return {
    tool: "deploy-kit",
    version: release.version,
    ...release.digest ? { digest: release.digest } : {},
    ...extra
  };
}
async function createDeployment(octokit, target, release, extraPayload = {}) {
  const response = await octokit.rest.repos.createDeployment({
    owner: target.owner,
    repo: target.repo,
    ref: target.ref,
    environment: target.environment,
    // Deploy exactly this ref: no merge of the default branch, no wait for commit statuses.
    auto_merge: false,
    required_contexts: [],
    payload: deploymentPayload(release, extraPayload),
    description: shortDescription(release.description ?? `deploy-kit: ${release.version} to ${target.environment}`),
    production_environment: release.productionEnvironment,
    transient_environment: release.transientEnvironment ?? false
  });
  const data = response.data;
  if (typeof data.id !== "number")
    throw new Error(`GitHub did not create the deployment: ${data.message ?? `HTTP ${response.status}`}`);
  return data.id;
}
async function setDeploymentStatus(octokit, target, deploymentId, state, description, links = {}) {
  await octokit.rest.repos.createDeploymentStatus({
    owner: target.owner,
    repo: target.repo,
    deployment_id: deploymentId,
    state,
    description: shortDescription(description),
    environment: target.environment,
    ...links.environmentUrl ? { environment_url: links.environmentUrl } : {},
    ...links.logUrl ? { log_url: links.logUrl } : {},
    // A successful deployment makes the earlier ones of this environment inactive.
    auto_inactive: state === "success"
  });
}
async function startDeployment(octokit, target, release, links = {}) {
  const id = await createDeployment(octokit, target, release);
  await setDeploymentStatus(octokit, target, id, "in_progress", `deploying ${release.version}`, links);
  return id;
}
async function findVersionRef(octokit, target, version, excludeId) {
  const { data } = await octokit.rest.repos.listDeployments({
    owner: target.owner,
    repo: target.repo,
    environment: target.environment,
    per_page: 100
  });
  const match = data.find(
    (d) => d.id !== excludeId && d.payload?.version === version
  );
  return match ? match.sha : void 0;
}
async function finishDeployment(octokit, target, deploymentId, release, outcome, links = {}) {
  if (outcome.kind === "succeeded") {
    await setDeploymentStatus(
      octokit,
      target,
      deploymentId,
      "success",
      `${release.version} deployed and verified`,
      links
    );
    return { deploymentId, state: "success" };
  }
  if (outcome.kind === "failed") {
    await setDeploymentStatus(
      octokit,
      target,
      deploymentId,
      "failure",
      `${release.version} failed: ${outcome.reason}`,
      links
    );
    return { deploymentId, state: "failure" };
  }
  const restored = outcome.restoredVersion ? ` to ${outcome.restoredVersion}` : "";
  const state = outcome.kind === "cancelled" ? "error" : "failure";
  const what = outcome.kind === "cancelled" ? `cancelled${outcome.restoredVersion ? `, restored${restored}` : ""}` : `rolled back${restored}`;
  await setDeploymentStatus(octokit, target, deploymentId, state, `${release.version} ${what}: ${outcome.reason}`, {
    logUrl: links.logUrl
  });
  if (!outcome.restoredVersion) return { deploymentId, state };
  const ref = await findVersionRef(octokit, target, outcome.restoredVersion, deploymentId) ?? target.ref;
  const restoredRelease = {
    version: outcome.restoredVersion,
    digest: outcome.restoredDigest,
    productionEnvironment: release.productionEnvironment,
    description: `deploy-kit: ${outcome.restoredVersion} restored after rolling back ${release.version}`
  };
  const restoredId = await createDeployment(octokit, { ...target, ref }, restoredRelease, {
    restoredFrom: release.version
  });
  await setDeploymentStatus(
    octokit,
    target,
    restoredId,
    "success",
    `${outcome.restoredVersion} restored (rollback of ${release.version})`,
    links
  );
  return { deploymentId, state, restoredDeploymentId: restoredId };
}
var ACTIONS_BOT = "github-actions[bot]";
async function findJobDeployment(octokit, target, runId) {
  const { data } = await octokit.rest.repos.listDeployments({
    owner: target.owner,
    repo: target.repo,
    environment: target.environment,
    sha: target.ref,
    per_page: 20
  });
  const runLink = new RegExp(`/actions/runs/${runId}(/|$)`);
  for (const deployment of data) {
    if (deployment.creator?.login !== ACTIONS_BOT) continue;
    const { data: statuses } = await octokit.rest.repos.listDeploymentStatuses({
      owner: target.owner,
      repo: target.repo,
      deployment_id: deployment.id,
      per_page: 20
    });
    if (statuses.some((s) => runLink.test(s.log_url ?? s.target_url ?? ""))) return deployment.id;
  }
  return void 0;
}

// src/actions/notify/deployment.ts
function deploymentContext(env, token, deploymentId, production) {
  const usable = usableToken(token);
  if (!usable)
    throw ConfigError.single(
      "github-token",
      "is empty; give a token with deployments: write (the default is the job token) or set github-deployment: false"
    );
  if (!env.GITHUB_REPOSITORY?.includes("/"))
    throw ConfigError.single(
      "github-deployment",
      "needs GITHUB_REPOSITORY (owner/repo) in the environment, as the runner sets it"
    );
  return {
    token: usable,
    apiUrl: env.GITHUB_API_URL,
    repository: env.GITHUB_REPOSITORY,
    sha: env.GITHUB_SHA,
    deploymentId,
    runId: env.GITHUB_RUN_ID,
    production
  };
}
function outcomeOf(m) {
  if (m.status === "succeeded") return { kind: "succeeded" };
  if (m.status === "failed") return { kind: "failed", reason: m.reason || "the release failed" };
  const cancelled = m.status === "cancelled";
  return {
    kind: cancelled ? "cancelled" : "rolled-back",
    reason: m.reason || (cancelled ? "the run was cancelled or timed out" : "a gate failed after the deploy"),
    restoredVersion: m.restoredVersion || void 0
  };
}
async function recordDeployment(ctx, m) {
  const octokit = createOctokit(ctx.token, ctx.apiUrl);
  const [owner, repo] = ctx.repository.split("/");
  const target = { owner, repo, environment: m.environment, ref: ctx.sha || m.version };
  const release = { version: m.version, digest: m.digest || void 0, productionEnvironment: ctx.production };
  const links = { environmentUrl: m.environmentUrl, logUrl: m.logUrl };
  const jobDeployment = ctx.deploymentId ?? (ctx.runId ? await findJobDeployment(octokit, target, ctx.runId) : void 0);
  if (m.status === "started") {
    if (!jobDeployment)
      return { deploymentId: await startDeployment(octokit, target, release, links), state: "in_progress" };
    await setDeploymentStatus(octokit, target, jobDeployment, "in_progress", `deploying ${m.version}`, links);
    return { deploymentId: jobDeployment, state: "in_progress" };
  }
  const id = jobDeployment ?? await createDeployment(octokit, target, release);
  return finishDeployment(octokit, target, id, release, outcomeOf(m), links);
}

// src/actions/notify/record.ts
import { readFile } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
async function readDeployRecord(path, cwd) {
  const text2 = await readFile(isAbsolute(path) ? path : join(cwd, path), "utf8");
  const record = JSON.parse(text2);
  const problem = recordProblem(record);
  if (problem) throw new Error(`${path} ${problem}`);
  return record;
}
async function factsFromRecord(path, cwd) {
  try {
    const record = await readDeployRecord(path, cwd);
    const restoredVersion = record.workloads.map((w) => w.before?.version).find(Boolean);
    const interruption = record.interruption;
    return {
      restoredVersion,
      reason: interruption ? `${interruption.signal} during the ${interruption.during}: ${interruption.message}` : void 0
    };
  } catch (error) {
    return { problem: `could not read the deploy record ${path}: ${describeError(error)}` };
  }
}
function withRecordFacts(message, facts) {
  const restoring = message.status === "rolled-back" || message.status === "cancelled";
  return {
    ...message,
    reason: message.reason ?? facts.reason,
    restoredVersion: message.restoredVersion ?? (restoring ? facts.restoredVersion : void 0)
  };
}

// src/actions/notify/summary.ts
function renderSummary(result) {
  let md = heading(`Notify: ${titleOf(result.message)}`, 3);
  if (result.deliveries.length === 0) md += "No webhook configured.\n\n";
  else {
    md += table(
      ["channel", "delivered", "HTTP", "attempts", "ms", "problem"],
      result.deliveries.map((d) => [
        d.kind,
        d.ok ? "\u2705" : "\u26A0\uFE0F",
        d.status ?? "",
        d.attempts,
        d.elapsedMs,
        d.error ?? ""
      ])
    );
    md += "\n";
  }
  if (result.deployment)
    md += `GitHub Deployment #${result.deployment.deploymentId}: **${result.deployment.state}**${result.deployment.restoredDeploymentId ? `, restored version recorded as #${result.deployment.restoredDeploymentId}` : ""}
`;
  if (result.deploymentError) md += `GitHub Deployment not recorded: ${result.deploymentError}
`;
  return md;
}

// src/actions/notify/main.ts
var CHANNEL_INPUTS = [
  ["webhook", "webhook-url"],
  ["slack", "slack-webhook-url"],
  ["teams", "teams-webhook-url"],
  ["dingtalk", "dingtalk-webhook-url"],
  ["wecom", "wecom-webhook-url"]
];
function channelsOf(inputs2) {
  const problems = [];
  const channels = [];
  for (const [kind, input] of CHANNEL_INPUTS) {
    const url = inputs2[input];
    if (!url) continue;
    if (checkUrl(url))
      problems.push({ input, message: "must be an http:// or https:// URL (value not shown: it is a secret)" });
    else
      channels.push({
        kind,
        url,
        signingSecret: kind === "dingtalk" ? inputs2["dingtalk-secret"] || void 0 : void 0
      });
  }
  for (const input of ["environment-url", "log-url"]) {
    const problem = inputs2[input] ? checkUrl(inputs2[input]) : void 0;
    if (problem) problems.push({ input, message: problem });
  }
  if (problems.length) throw new ConfigError(problems);
  return channels;
}
function runUrl(env) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run2 } = env;
  return server && repo && run2 ? `${server}/${repo}/actions/runs/${run2}` : void 0;
}
function messageOf(inputs2, env) {
  const opt = (v) => v || void 0;
  return {
    status: inputs2.status,
    version: inputs2.version,
    environment: inputs2.environment,
    repository: env.GITHUB_REPOSITORY,
    digest: opt(inputs2.digest),
    verdict: opt(inputs2.verdict),
    score: opt(inputs2.score),
    reason: opt(inputs2.reason),
    restoredVersion: opt(inputs2["restored-version"]),
    environmentUrl: opt(inputs2["environment-url"]),
    logUrl: opt(inputs2["log-url"]) ?? runUrl(env)
  };
}
async function execute(inputs2, runtime) {
  const channels = channelsOf(inputs2);
  const facts = inputs2.record ? await factsFromRecord(inputs2.record, runtime.cwd) : {};
  if (facts.problem) runtime.warning(facts.problem);
  const message = withRecordFacts(messageOf(inputs2, runtime.env), facts);
  const result = { message, deliveries: [] };
  runtime.info(titleOf(message));
  if (inputs2["github-deployment"]) {
    const ctx = deploymentContext(runtime.env, inputs2["github-token"], inputs2["deployment-id"], inputs2.production);
    try {
      result.deployment = await recordDeployment(ctx, message);
      runtime.info(`GitHub Deployment #${result.deployment.deploymentId} is ${result.deployment.state}`);
    } catch (error) {
      result.deploymentError = describeError(error).split(ctx.token).join("***");
      runtime.warning(`could not record the GitHub Deployment: ${result.deploymentError}`);
    }
  }
  result.deliveries = await deliverAll(channels, message, {
    timeoutMs: inputs2.timeout,
    teamsFormat: inputs2["teams-format"]
  });
  for (const d of result.deliveries) {
    if (d.ok) runtime.info(`notified ${d.kind} (HTTP ${d.status}, ${d.elapsedMs}ms)`);
    else runtime.warning(`could not notify ${d.kind}: ${d.error} (the release is not failed for this)`);
  }
  return result;
}
var definition = {
  name: "notify",
  inputs,
  execute,
  outputs: (r) => ({
    sent: r.deliveries.filter((d) => d.ok).length,
    failed: r.deliveries.filter((d) => !d.ok).length + (r.deploymentError ? 1 : 0),
    "deployment-id": r.deployment?.deploymentId ?? "",
    "deployment-state": r.deployment?.state ?? ""
  }),
  summary: renderSummary,
  failure: () => void 0
};
var run = (runtime) => runAction(definition, runtime);

export {
  channelsOf,
  messageOf,
  definition,
  run
};
