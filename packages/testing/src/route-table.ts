import { compilePathPattern, type PathMatcher } from './path-pattern.js';
import type { Reply } from './reply.js';

interface Route {
  key: string;
  method: string;
  matches: PathMatcher;
  replies: Reply[];
  served: number;
}

export interface RouteMatch {
  reply: Reply;
  params: Record<string, string>;
}

/** Scripted routes. The most recently registered matching route wins; `*` matches any method. */
export class RouteTable {
  #routes: Route[] = [];

  add(method: string, path: string | RegExp, replies: Reply[]): void {
    if (replies.length === 0) throw new TypeError('server.on() needs at least one reply');
    const upper = method.toUpperCase();
    const key = `${upper} ${typeof path === 'string' ? path : `regexp:${String(path)}`}`;
    this.#routes = this.#routes.filter((route) => route.key !== key);
    this.#routes.push({ key, method: upper, matches: compilePathPattern(path), replies, served: 0 });
  }

  /** Finds the route for a request and consumes its next reply (the last reply repeats). */
  match(method: string, routePath: string): RouteMatch | undefined {
    for (let i = this.#routes.length - 1; i >= 0; i--) {
      const route = this.#routes[i]!;
      if (route.method !== '*' && route.method !== method) continue;
      const params = route.matches(routePath);
      if (!params) continue;
      const reply = route.replies[Math.min(route.served, route.replies.length - 1)]!;
      route.served++;
      return { reply, params };
    }
    return undefined;
  }

  clear(): void {
    this.#routes = [];
  }
}
