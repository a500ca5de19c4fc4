import { describe, expect, it } from 'vitest';
import { factsOf, markdownOf, titleOf, type ReleaseMessage } from '../../src/core/notify/message.js';
import { payloadFor } from '../../src/core/notify/payloads.js';
import { scrub, signDingTalkUrl } from '../../src/core/notify/send.js';

const message: ReleaseMessage = {
  status: 'failed',
  version: 'v3.1.0',
  environment: 'production',
  repository: 'acme/shop',
  score: '62',
  reason: 'rollout timed out',
  environmentUrl: 'https://shop.example.com',
  logUrl: 'https://github.com/acme/shop/actions/runs/9',
};

describe('release messages', () => {
  it.each([
    ['started', '🚀 Deploying acme/shop v3.1.0 to production'],
    ['succeeded', '✅ acme/shop v3.1.0 deployed to production'],
    ['failed', '❌ acme/shop v3.1.0 failed on production'],
  ] as const)('titles a %s release', (status, title) => {
    expect(titleOf({ ...message, status })).toBe(title);
  });

  it('leaves empty facts out and keeps a fixed order', () => {
    expect(factsOf(message).map((f) => f.name)).toEqual(['Version', 'Environment', 'Status', 'Score', 'Reason']);
    expect(markdownOf(message)).toContain(
      '[Open environment](https://shop.example.com) | [View run](https://github.com/acme/shop/actions/runs/9)',
    );
  });

  it('shapes each channel as its receiver expects', () => {
    expect(payloadFor('teams', message, 'message-card')).toMatchObject({
      '@type': 'MessageCard',
      themeColor: 'D73A49',
      potentialAction: [
        { '@type': 'OpenUri', name: 'Open environment', targets: [{ os: 'default', uri: 'https://shop.example.com' }] },
        expect.anything(),
      ],
    });
    const card = payloadFor('teams', message) as {
      attachments: Array<{ content: { actions: unknown[]; version: string } }>;
    };
    expect(card.attachments[0].content).toMatchObject({
      version: '1.4',
      actions: [
        { type: 'Action.OpenUrl', title: 'Open environment', url: 'https://shop.example.com' },
        expect.anything(),
      ],
    });
    expect(payloadFor('wecom', message)).toEqual({ msgtype: 'markdown', markdown: { content: markdownOf(message) } });
    expect(payloadFor('dingtalk', message)).toEqual({
      msgtype: 'markdown',
      markdown: { title: titleOf(message), text: markdownOf(message) },
    });
    const slack = payloadFor('slack', message) as { text: string; blocks: Array<{ type: string }> };
    expect(slack.text).toBe(titleOf(message));
    expect(slack.blocks.map((b) => b.type)).toEqual(['header', 'section', 'context']);
  });
});

describe('webhook secrets', () => {
  it('signs DingTalk requests with HMAC-SHA256 of "timestamp\\nsecret"', () => {
    const url = new URL(
      signDingTalkUrl('https://oapi.dingtalk.com/robot/send?access_token=abc', 'SECxyz', 1700000000000),
    );
    expect(url.searchParams.get('timestamp')).toBe('1700000000000');
    // Computed independently: echo -ne "1700000000000\nSECxyz" | openssl dgst -sha256 -hmac SECxyz -binary | base64
    expect(url.searchParams.get('sign')).toBe('0PUR1j8g85Xg3vlFV/UrEcxXfF5HpCAGzcjrNfyJoyg=');
    expect(url.searchParams.get('access_token')).toBe('abc');
  });

  it('scrubs the URL, its token and path from an error message', () => {
    const channel = {
      kind: 'wecom' as const,
      url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=wecom-key-1234',
    };
    expect(
      scrub(
        'POST https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=wecom-key-1234 failed (key wecom-key-1234)',
        channel,
      ),
    ).toBe('POST *** failed (key ***)');
  });
});
