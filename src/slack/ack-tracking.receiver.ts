import type { App, Receiver, ReceiverEvent } from '@slack/bolt';

/** Put into every request's context: whether the request was acknowledged yet, and the acknowledgement itself. */
export interface AckTracker {
  acked: boolean;
  ack(response?: unknown): Promise<void>;
}

/**
 * Wraps Bolt's HTTP or Socket Mode receiver so that the one error handler knows whether the failing request was
 * already acknowledged, and can acknowledge it itself when not: a modal then shows the error inline or on top, a
 * command or button gets an answer instead of Slack's timeout. (Bolt's error handler is given no `ack`.)
 */
export class AckTrackingReceiver implements Receiver {
  constructor(private readonly inner: Receiver) {}

  init(app: App): void {
    const processEvent = (event: ReceiverEvent) => {
      const tracker: AckTracker = {
        acked: false,
        ack: async (response?: unknown) => {
          if (tracker.acked) return;
          tracker.acked = true;
          await event.ack(response);
        },
      };
      return app.processEvent({ ...event, ack: tracker.ack, customProperties: { ...event.customProperties, ackTracker: tracker } });
    };
    this.inner.init({ processEvent } as unknown as App);
  }

  start(...args: unknown[]): Promise<unknown> {
    return this.inner.start(...args);
  }

  stop(...args: unknown[]): Promise<unknown> {
    return this.inner.stop(...args);
  }
}
