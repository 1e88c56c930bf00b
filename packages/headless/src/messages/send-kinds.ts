// One action per message kind. Each validates its input (before login is even checked, so bad
// input fails the same way everywhere) and hands an SDK create*Message call to the pipeline.
import { TimError, TimErrorCode, invalidArgument } from '../errors.js';
import { parseConversationID } from '../internal/conversation-id.js';
import type { ChatSDK } from '../sdk/types.js';
import type { TimCustomPayload, TimLocation, TimMessageActions } from './actions-types.js';
import type { CreateBase, Sender } from './send.js';
import type { TimMessage, TimSendOptions, TimTextSendOptions } from './types.js';
import { toAtUserList } from './mentions.js';
import { MAX_TEXT_BYTES, utf8Length, validateText } from './validate.js';
import { validateDuration, validateMedia } from './validate-media.js';

type SendKinds = Pick<
  TimMessageActions,
  'sendImage' | 'sendSound' | 'sendVideo' | 'sendFile' | 'sendFace' | 'sendLocation' | 'sendCustom'
> & {
  sendText(conversationID: string, text: string, options?: TimTextSendOptions): Promise<TimMessage>;
};

// The SDK's typings ask for its TYPES enum; the strings are the same values.
type CreateOptions = Parameters<ChatSDK['createTextMessage']>[0];
const asOptions = (options: object) => options as unknown as CreateOptions;

/**
 * A File of the same bytes (no copy is made) that belongs to this send alone: the upload is
 * found by its body when it is cancelled, so two sends of one File must not share it.
 */
function ownCopy(file: File): File {
  return new File([file], file.name, { type: file.type, lastModified: file.lastModified });
}

/** Runs the input checks; a failure becomes a rejected promise, like every other failure. */
function reject(check: () => void): Promise<never> | null {
  try {
    check();
    return null;
  } catch (error) {
    return Promise.reject(error);
  }
}

export function createSendKinds(chat: ChatSDK, sender: Sender): SendKinds {
  const send = (
    op: string,
    conversationID: string,
    create: (base: CreateBase) => unknown,
    options: TimSendOptions | undefined,
    media?: File,
  ) => sender.send(op, conversationID, create, options, media);

  return {
    sendText(conversationID, text, options) {
      const op = 'messages.sendText';
      let atUserList: string[] | undefined;
      return (
        reject(() => {
          const target = parseConversationID(conversationID, op);
          validateText(text, op);
          atUserList = toAtUserList(options?.mentions, target.type, op);
        }) ??
        send(
          op,
          conversationID,
          // Mentions go through createTextAtMessage: it fills GroupAtInfo from atUserList.
          (base) =>
            atUserList
              ? chat.createTextAtMessage(asOptions({ ...base, payload: { text, atUserList } }))
              : chat.createTextMessage(asOptions({ ...base, payload: { text } })),
          options,
        )
      );
    },

    sendImage(conversationID, file, options) {
      const op = 'messages.sendImage';
      let checked: File | undefined;
      return (
        reject(() => {
          parseConversationID(conversationID, op);
          checked = ownCopy(validateMedia(file, 'image', op));
        }) ??
        send(
          op,
          conversationID,
          (base) => chat.createImageMessage(asOptions({ ...base, payload: { file: checked } })),
          options,
          checked,
        )
      );
    },

    sendSound(conversationID, file, durationSeconds, options) {
      const op = 'messages.sendSound';
      let checked: File | undefined;
      return (
        reject(() => {
          parseConversationID(conversationID, op);
          const seconds = validateDuration(durationSeconds, op);
          checked = validateMedia(file, 'sound', op);
          // On the web the SDK reads a voice clip's length from `file.duration` in milliseconds
          // (the shape of a recorder result); a plain File has none.
          checked = ownCopy(checked);
          Object.defineProperty(checked, 'duration', { value: Math.round(seconds * 1000) });
        }) ??
        send(
          op,
          conversationID,
          (base) => chat.createAudioMessage(asOptions({ ...base, payload: { file: checked } })),
          options,
          checked,
        )
      );
    },

    sendVideo(conversationID, file, options) {
      const op = 'messages.sendVideo';
      let checked: File | undefined;
      return (
        reject(() => {
          parseConversationID(conversationID, op);
          checked = ownCopy(validateMedia(file, 'video', op));
        }) ??
        send(
          op,
          conversationID,
          (base) => chat.createVideoMessage(asOptions({ ...base, payload: { file: checked } })),
          options,
          checked,
        )
      );
    },

    sendFile(conversationID, file, options) {
      const op = 'messages.sendFile';
      let checked: File | undefined;
      return (
        reject(() => {
          parseConversationID(conversationID, op);
          checked = ownCopy(validateMedia(file, 'file', op));
        }) ??
        send(
          op,
          conversationID,
          (base) => chat.createFileMessage(asOptions({ ...base, payload: { file: checked } })),
          options,
          checked,
        )
      );
    },

    sendFace(conversationID, index, data, options) {
      const op = 'messages.sendFace';
      return (
        reject(() => {
          parseConversationID(conversationID, op);
          if (!Number.isInteger(index) || index < 0)
            throw invalidArgument(op, 'index must be an integer, 0 or more');
          if (typeof data !== 'string') throw invalidArgument(op, 'data must be a string');
        }) ??
        send(
          op,
          conversationID,
          (base) => chat.createFaceMessage(asOptions({ ...base, payload: { index, data } })),
          options,
        )
      );
    },

    sendLocation(conversationID, location, options) {
      const op = 'messages.sendLocation';
      return (
        reject(() => {
          parseConversationID(conversationID, op);
          checkLocation(location, op);
        }) ??
        send(
          op,
          conversationID,
          (base) =>
            chat.createLocationMessage(
              asOptions({
                ...base,
                payload: {
                  description: location.description,
                  longitude: location.longitude,
                  latitude: location.latitude,
                },
              }),
            ),
          options,
        )
      );
    },

    sendCustom(conversationID, payload, options) {
      const op = 'messages.sendCustom';
      return (
        reject(() => {
          parseConversationID(conversationID, op);
          checkCustom(payload, op);
        }) ??
        send(
          op,
          conversationID,
          (base) =>
            chat.createCustomMessage(
              asOptions({
                ...base,
                payload: {
                  data: payload.data,
                  description: payload.description ?? '',
                  extension: payload.extension ?? '',
                },
              }),
            ),
          options,
        )
      );
    },
  };
}

function checkLocation(location: TimLocation, op: string): void {
  if (typeof location !== 'object' || location === null)
    throw invalidArgument(op, 'location must be { description, longitude, latitude }');
  const { description, longitude, latitude } = location;
  if (typeof description !== 'string') throw invalidArgument(op, 'description must be a string');
  if (typeof longitude !== 'number' || !(longitude >= -180 && longitude <= 180))
    throw invalidArgument(op, 'longitude must be a number from -180 to 180');
  if (typeof latitude !== 'number' || !(latitude >= -90 && latitude <= 90))
    throw invalidArgument(op, 'latitude must be a number from -90 to 90');
}

function checkCustom(payload: TimCustomPayload, op: string): void {
  if (typeof payload !== 'object' || payload === null || typeof payload.data !== 'string')
    throw invalidArgument(op, 'payload.data must be a string');
  for (const key of ['description', 'extension'] as const) {
    if (payload[key] !== undefined && typeof payload[key] !== 'string')
      throw invalidArgument(op, `payload.${key} must be a string`);
  }
  if (payload.data === '' && !payload.description && !payload.extension)
    throw invalidArgument(op, 'a custom message needs data, a description or an extension');
  const bytes = utf8Length(payload.data + (payload.description ?? '') + (payload.extension ?? ''));
  if (bytes > MAX_TEXT_BYTES)
    throw new TimError(
      TimErrorCode.MESSAGE_TOO_LONG,
      `the custom message is ${bytes} bytes; at most ${MAX_TEXT_BYTES} are allowed`,
      op,
    );
}
