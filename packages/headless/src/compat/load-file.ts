// The seed's path params (imagePath, soundPath, filePath) on the web: a File or Blob as given, or
// a URL the facade fetches. Android's "fs://" paths have no web meaning.
import { ParamError } from './params.js';

function nameFromUrl(url: string): string {
  try {
    const path = new URL(url, globalThis.location?.href).pathname;
    return decodeURIComponent(path.split('/').pop() ?? '');
  } catch {
    return '';
  }
}

export async function loadFile(
  source: Blob | string,
  param: string,
  fileName?: string,
): Promise<Blob> {
  let blob: Blob;
  let name = fileName;
  if (typeof source === 'string') {
    let response: Response;
    try {
      response = await fetch(source);
    } catch (error) {
      throw new ParamError(param, `could not be fetched (${String(error)})`);
    }
    if (!response.ok) throw new ParamError(param, `could not be fetched: HTTP ${response.status}`);
    blob = await response.blob();
    if (blob.size === 0) throw new ParamError(param, 'is an empty file');
    name ??= nameFromUrl(source) || undefined;
  } else blob = source;
  if (name === undefined) return blob;
  if (typeof File !== 'undefined' && blob instanceof File && blob.name === name) return blob;
  return new File([blob], name, { type: blob.type });
}
