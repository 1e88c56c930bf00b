// The elements' manifest as the docs pages should see it: only what an app may use.

interface Member {
  privacy?: string;
}
interface Declaration {
  members?: Member[];
}
interface Manifest {
  modules: Array<{ declarations?: Declaration[] }>;
}

/** The manifest without private and protected members (controllers, stores, render helpers). */
export function publicManifest<T extends Manifest>(manifest: T): T {
  return {
    ...manifest,
    modules: manifest.modules.map((m) => ({
      ...m,
      declarations: m.declarations?.map((d) => ({
        ...d,
        members: d.members?.filter((x) => x.privacy !== 'private' && x.privacy !== 'protected'),
      })),
    })),
  };
}
