// The SDK's package.json only points at its UMD bundle, which has no default export when loaded
// as an ES module. We import the ESM core build and its feature modules by file path instead, and
// these declarations give those paths the types of the package's own index.d.ts.

declare module '@tencentcloud/chat/index.es.js' {
  import TencentCloudChat from '@tencentcloud/chat';
  export default TencentCloudChat;
}

declare module '@tencentcloud/chat/modules/group-module.js' {
  const GroupModule: unknown;
  export default GroupModule;
}

declare module '@tencentcloud/chat/modules/relationship-module.js' {
  const RelationshipModule: unknown;
  export default RelationshipModule;
}
