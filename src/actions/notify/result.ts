import type { FinishResult } from '../../clients/github/deployments.js';
import type { ReleaseMessage } from '../../core/notify/message.js';
import type { DeliveryResult } from '../../core/notify/send.js';

/** What one notify step did: the message, each delivery, and the deployment record. */
export interface NotifyResult {
  message: ReleaseMessage;
  deliveries: DeliveryResult[];
  deployment?: FinishResult;
  deploymentError?: string;
}
