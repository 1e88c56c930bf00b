// SDK 3.6.6 has no way to cancel an upload, but tim-upload-plugin's uploadFile (and the request
// helper under it) hands back the XMLHttpRequest it opened; the SDK ignores that value. The core
// registers a thin wrapper around the plugin that remembers each upload in flight by its body (the
// File the message carries) and can abort it. An aborted XHR fires neither onload nor onerror, so
// the wrapper answers the SDK's callback itself, exactly once, with an error: sendMessage rejects.

/** What cancel() did: aborted a running upload, or will refuse the upload when it starts. */
export type CancelOutcome = 'aborted' | 'refused-in-advance' | 'unsupported';

export interface UploadCanceller {
  /**
   * Cancels the upload of `body`. A running upload is aborted ('aborted'); one that has not
   * started yet is refused when the SDK starts it ('refused-in-advance'); one whose request cannot
   * be aborted (no XMLHttpRequest: Node, mini programs) is left alone ('unsupported').
   */
  cancel(body: object): CancelOutcome;
  /** Forgets a body whose send settled, so a later upload of it is not refused. */
  forget(body: object): void;
}

type UploadCallback = (error: unknown, result?: unknown) => void;

interface UploadOptions {
  resources?: unknown;
}

interface PluginInstance {
  uploadFile(options: UploadOptions, callback: UploadCallback): unknown;
  httpRequest?: { request?: (options: UploadOptions, callback: UploadCallback) => unknown };
}

interface Abortable {
  abort(): void;
}

interface RunningUpload {
  body: unknown;
  /** The latest request of this upload (the plugin retries some failures with a new one). */
  request?: Abortable;
  answer: UploadCallback;
}

const isAbortable = (value: unknown): value is Abortable =>
  typeof (value as { abort?: unknown } | null)?.abort === 'function';

/** The error the SDK's callback gets; the SDK itself then rejects with its own upload code. */
const cancelledError = () => ({ code: 'UploadCancelled', message: 'the upload was cancelled' });
/** The SDK reads the response even on error (`response.data`), as the plugin always passes one. */
const noResponse = () => ({ statusCode: 0, headers: {}, data: undefined });

class Canceller implements UploadCanceller {
  private readonly running = new Set<RunningUpload>();
  private readonly byOptions = new WeakMap<object, RunningUpload>();
  private readonly refused = new WeakSet<object>();

  cancel(body: object): CancelOutcome {
    const upload = [...this.running].find((entry) => entry.body === body);
    if (!upload) {
      this.refused.add(body);
      return 'refused-in-advance';
    }
    if (!upload.request) return 'unsupported';
    // Refused from now on too: the SDK uploads a video a second time after a failure.
    this.refused.add(body);
    upload.request.abort();
    upload.answer(cancelledError(), noResponse());
    return 'aborted';
  }

  forget(body: object): void {
    this.refused.delete(body);
  }

  run(real: PluginInstance, options: UploadOptions, callback: UploadCallback): unknown {
    const body = options?.resources;
    if (typeof body === 'object' && body !== null && this.refused.has(body)) {
      // Asynchronously, like a real answer: the SDK sets up its handlers after calling us.
      setTimeout(() => callback(cancelledError(), noResponse()), 0);
      return undefined;
    }
    let answered = false;
    const upload: RunningUpload = {
      body,
      // The XHR may finish while a cancel answers: whichever comes first wins, the other is dropped.
      answer: (error, result) => {
        if (answered) return;
        answered = true;
        this.running.delete(upload);
        callback(error, result);
      },
    };
    this.running.add(upload);
    if (typeof options === 'object' && options !== null) this.byOptions.set(options, upload);
    try {
      const returned = real.uploadFile(options, upload.answer);
      if (!upload.request && isAbortable(returned)) upload.request = returned;
      return returned;
    } catch (error) {
      this.running.delete(upload);
      throw error;
    }
  }

  /** Records every request the plugin opens, retries included, against the upload it belongs to. */
  watchRequests(real: PluginInstance): void {
    const http = real.httpRequest;
    const request = http?.request;
    if (!http || typeof request !== 'function') return;
    http.request = (options, callback) => {
      const returned = request.call(http, options, callback);
      const upload = typeof options === 'object' && options ? this.byOptions.get(options) : null;
      if (upload && isAbortable(returned)) upload.request = returned;
      return returned;
    };
  }
}

const cancellers = new WeakMap<object, Canceller>();

/** The canceller of the uploads of `chat` (one per SDK instance, created on first use). */
export function uploadCancellerFor(chat: object): UploadCanceller {
  return cancellerOf(chat);
}

/** Undefined when `chat` was not made by createChat (the plugin is then not ours to wrap). */
export function existingUploadCanceller(chat: object): UploadCanceller | undefined {
  return cancellers.get(chat);
}

function cancellerOf(chat: object): Canceller {
  let canceller = cancellers.get(chat);
  if (!canceller) {
    canceller = new Canceller();
    cancellers.set(chat, canceller);
  }
  return canceller;
}

/**
 * Wraps the plugin class the SDK constructs: `new` yields an object whose uploadFile goes through
 * the canceller and which reads every other property from the real instance.
 */
export function cancellableUploadPlugin(Plugin: unknown, chat: object): unknown {
  if (typeof Plugin !== 'function') return Plugin;
  const Real = Plugin as new (...args: unknown[]) => PluginInstance;
  const canceller = cancellerOf(chat);
  function CancellableUploadPlugin(...args: unknown[]): object {
    const real = new Real(...args);
    canceller.watchRequests(real);
    const facade = Object.create(real) as PluginInstance;
    facade.uploadFile = (options, callback) => canceller.run(real, options, callback);
    return facade;
  }
  // The SDK logs the plugin's version when the class has a static getVersion.
  const getVersion = (Plugin as { getVersion?: unknown }).getVersion;
  if (typeof getVersion === 'function')
    Object.assign(CancellableUploadPlugin, { getVersion: getVersion.bind(Plugin) });
  return CancellableUploadPlugin;
}
