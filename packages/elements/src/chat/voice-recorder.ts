import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Records a voice clip with MediaRecorder (where the browser has it) and hands the clip and its
 * length in whole seconds to `onClip`. The microphone is released as soon as recording stops.
 */
export class VoiceRecorder implements ReactiveController {
  recording = false;
  seconds = 0;
  private recorder: MediaRecorder | undefined;
  private stream: MediaStream | undefined;
  private startedAt = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  /** Set when the element leaves the page mid-recording: the clip is thrown away. */
  private discard = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onClip: (clip: Blob, seconds: number) => void,
    private readonly onError: (error: unknown) => void,
  ) {
    host.addController(this);
  }

  static get supported(): boolean {
    return typeof MediaRecorder !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia);
  }

  async start(): Promise<void> {
    if (this.recording) return;
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      this.onError(error);
      return;
    }
    const chunks: Blob[] = [];
    const recorder = new MediaRecorder(this.stream);
    recorder.addEventListener('dataavailable', (e) => e.data.size > 0 && chunks.push(e.data));
    recorder.addEventListener('stop', () => {
      const seconds = Math.max(1, Math.round((performance.now() - this.startedAt) / 1000));
      this.release();
      const clip = new Blob(chunks, { type: recorder.mimeType || 'audio/webm' });
      if (clip.size > 0 && !this.discard) this.onClip(clip, seconds);
    });
    this.recorder = recorder;
    this.discard = false;
    this.startedAt = performance.now();
    this.recording = true;
    this.seconds = 0;
    this.timer = setInterval(() => {
      this.seconds = Math.floor((performance.now() - this.startedAt) / 1000);
      this.host.requestUpdate();
    }, 500);
    recorder.start();
    this.host.requestUpdate();
  }

  /** Stops and sends what was recorded. */
  stop(): void {
    if (this.recorder?.state === 'recording') this.recorder.stop();
  }

  hostDisconnected(): void {
    this.discard = true;
    this.stop();
    this.release();
  }

  private release(): void {
    clearInterval(this.timer);
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.stream = undefined;
    this.recording = false;
    this.host.requestUpdate();
  }
}
