import { colorOf, factsOf, linksOf, markdownOf, titleOf, type ReleaseMessage } from './message.js';

export type ChannelKind = 'webhook' | 'slack' | 'teams' | 'dingtalk' | 'wecom';
export type TeamsFormat = 'adaptive-card' | 'message-card';

/** Generic JSON webhook: the message as data, for receivers that do their own rendering. */
export function webhookPayload(m: ReleaseMessage): Record<string, unknown> {
  return { source: 'deploy-kit', title: titleOf(m), ...m };
}

/** Slack incoming webhook: `text` as the notification fallback, Block Kit for the layout. */
export function slackPayload(m: ReleaseMessage): Record<string, unknown> {
  const links = linksOf(m)
    .map((l) => `<${l.value}|${l.name}>`)
    .join('  ');
  return {
    text: titleOf(m),
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: titleOf(m).slice(0, 150) } },
      {
        type: 'section',
        fields: factsOf(m)
          .slice(0, 10)
          .map((f) => ({ type: 'mrkdwn', text: `*${f.name}*\n${f.value}` })),
      },
      ...(links ? [{ type: 'context', elements: [{ type: 'mrkdwn', text: links }] }] : []),
    ],
  };
}

/** Microsoft Teams: an Adaptive Card (Workflows webhooks) or the legacy MessageCard (O365 connectors). */
export function teamsPayload(m: ReleaseMessage, format: TeamsFormat): Record<string, unknown> {
  if (format === 'message-card') {
    return {
      '@type': 'MessageCard',
      '@context': 'https://schema.org/extensions',
      themeColor: colorOf(m.status),
      summary: titleOf(m),
      title: titleOf(m),
      sections: [{ facts: factsOf(m) }],
      potentialAction: linksOf(m).map((l) => ({
        '@type': 'OpenUri',
        name: l.name,
        targets: [{ os: 'default', uri: l.value }],
      })),
    };
  }
  const card = {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.4',
    body: [
      {
        type: 'TextBlock',
        text: titleOf(m),
        weight: 'Bolder',
        size: 'Medium',
        wrap: true,
        color: m.status === 'succeeded' ? 'Good' : m.status === 'started' ? 'Accent' : 'Attention',
      },
      { type: 'FactSet', facts: factsOf(m).map((f) => ({ title: f.name, value: f.value })) },
    ],
    actions: linksOf(m).map((l) => ({ type: 'Action.OpenUrl', title: l.name, url: l.value })),
  };
  return {
    type: 'message',
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: card }],
  };
}

/** DingTalk custom robot: markdown message (title is what the notification shows). */
export function dingtalkPayload(m: ReleaseMessage): Record<string, unknown> {
  return { msgtype: 'markdown', markdown: { title: titleOf(m), text: markdownOf(m) } };
}

/** WeCom (WeChat Work) group robot: markdown message. */
export function wecomPayload(m: ReleaseMessage): Record<string, unknown> {
  return { msgtype: 'markdown', markdown: { content: markdownOf(m) } };
}

export function payloadFor(
  kind: ChannelKind,
  m: ReleaseMessage,
  teamsFormat: TeamsFormat = 'adaptive-card',
): Record<string, unknown> {
  switch (kind) {
    case 'webhook':
      return webhookPayload(m);
    case 'slack':
      return slackPayload(m);
    case 'teams':
      return teamsPayload(m, teamsFormat);
    case 'dingtalk':
      return dingtalkPayload(m);
    case 'wecom':
      return wecomPayload(m);
  }
}
