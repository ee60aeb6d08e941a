/** Packages the host shares or uses that ship without type declarations here. */
declare module 'react-router';

declare module 'history' {
  export interface Location {
    pathname: string;
    search: string;
    hash: string;
  }
  export interface History {
    location: Location;
    listen(listener: (location: Location) => void): () => void;
  }
  export function createMemoryHistory(options?: { initialEntries?: string[] }): History;
}
