// A Notification class for the injectable `notification.Notification` option: it records every
// notification the core shows, so a test can read its text and click it.
export interface RecordedNotification {
  title: string;
  options: { body?: string; tag?: string; icon?: string; data?: unknown };
  onclick: ((event: unknown) => unknown) | null;
  closed: boolean;
  close(): void;
}

export function recordingNotificationClass(permission: 'granted' | 'denied' | 'default') {
  const shown: RecordedNotification[] = [];
  class RecordingNotification implements RecordedNotification {
    static permission: string = permission;
    static async requestPermission(): Promise<string> {
      return RecordingNotification.permission;
    }
    onclick: ((event: unknown) => unknown) | null = null;
    closed = false;
    constructor(
      readonly title: string,
      readonly options: RecordedNotification['options'] = {},
    ) {
      shown.push(this);
    }
    close(): void {
      this.closed = true;
    }
  }
  return { RecordingNotification, shown };
}
