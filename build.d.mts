/** Types of what build.mjs exports, for the tests that check the build's rules. */
interface Entry {
  readonly name: string;
  readonly params: readonly string[];
}

interface Feature {
  readonly id: string;
  readonly [key: string]: unknown;
}

export interface Namespace {
  readonly CUSTOM_FUNCTIONS: readonly Entry[];
  readonly TRIGGERS: readonly Entry[];
  readonly FEATURES: readonly Feature[];
  serverFile(id: string): string;
  serverGlobal(id: string): string;
}

export type Servers = Record<
  string,
  { readonly source: string; readonly exports: Record<string, unknown> }
>;

export declare const NAMESPACE: string;
export declare const DIST: string;
export declare function buildBundle(): Promise<number>;
export declare function bundledFeatures(): Promise<{
  bundle: string;
  namespace: Namespace;
  servers: Servers;
}>;
export declare function checkFeatures(
  namespace: Namespace,
  servers: Servers,
  featureFolders?: readonly string[],
): void;
export declare function typecheckProjects(namespace: Namespace): string[];
