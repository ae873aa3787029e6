import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  path: string;
  body?: unknown;
}

export interface PullFile {
  filename: string;
  status: string;
  previous_filename?: string;
}

export interface Comment {
  id: number;
  body: string;
  /** Who wrote it; comments the action creates are the workflow token's bot, as on GitHub. */
  user?: { login: string; type: 'User' | 'Bot' };
}

export const ACTIONS_BOT = { login: 'github-actions[bot]', type: 'Bot' } as const;

/** A canned answer for a route, used before the normal one: a status, headers and a JSON body. */
export interface Fault {
  /** Never answer: the request stays open until the client gives up. */
  hang?: boolean;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/**
 * A loopback HTTP server that answers the few REST endpoints the action calls as GitHub does: the
 * pull request's files (100 a page, at most 3,000, with Link headers), its issue comments (list,
 * create, update). Every call is recorded; faults can be queued per route.
 */
export class FakeGitHub {
  readonly calls: RecordedCall[] = [];
  files: PullFile[] = [];
  comments: Comment[] = [];
  /** Every page of the files listing says there is a next one, as a broken proxy might. */
  endlessPages = false;
  private readonly faults = new Map<string, Fault[]>();
  private server: Server | undefined;
  private baseUrl = '';
  private nextCommentId = 1000;

  /** Answers the next calls of a route ('files', 'list-comments', 'create-comment', 'update-comment') with these faults first. */
  fail(route: string, ...faults: Fault[]): void {
    this.faults.set(route, [...(this.faults.get(route) ?? []), ...faults]);
  }

  async start(): Promise<string> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${port}`;
    return this.baseUrl;
  }

  private readonly hanging: ServerResponse[] = [];

  async stop(): Promise<void> {
    for (const response of this.hanging.splice(0)) response.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Calls as `METHOD /path` without the query, for assertions. */
  get routes(): string[] {
    return this.calls.map((call) => `${call.method} ${call.path.split('?')[0]}`);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = raw === '' ? undefined : (JSON.parse(raw) as unknown);
    const url = new URL(request.url ?? '/', this.baseUrl);
    const method = request.method ?? 'GET';
    this.calls.push({ method, path: `${url.pathname}${url.search}`, ...(body === undefined ? {} : { body }) });

    const send = (status: number, payload: unknown, headers: Record<string, string> = {}): void => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      response.end(payload === undefined ? '' : JSON.stringify(payload));
    };
    const route = this.route(method, url.pathname);
    const fault = route ? this.faults.get(route)?.shift() : undefined;
    if (fault?.hang) {
      this.hanging.push(response);
      return;
    }
    if (fault) {
      send(fault.status, fault.body ?? { message: `fault ${fault.status}`, documentation_url: 'https://docs.github.com/rest' }, fault.headers);
      return;
    }
    const page = Number(url.searchParams.get('page') ?? '1');
    const perPage = Number(url.searchParams.get('per_page') ?? '30');
    switch (route) {
      case 'files': {
        // GitHub lists at most 3,000 files of a pull request.
        const listed = this.files.slice(0, 3000);
        send(200, listed.slice((page - 1) * perPage, page * perPage), this.linkHeader(url, page, this.endlessPages ? page + 1 : Math.ceil(listed.length / perPage)));
        return;
      }
      case 'list-comments':
        send(200, this.comments.slice((page - 1) * perPage, page * perPage), this.linkHeader(url, page, Math.ceil(this.comments.length / perPage)));
        return;
      case 'create-comment': {
        const comment = { id: this.nextCommentId++, body: (body as { body: string }).body, user: ACTIONS_BOT };
        this.comments.push(comment);
        send(201, comment);
        return;
      }
      case 'update-comment': {
        const id = Number(url.pathname.split('/').pop());
        const comment = this.comments.find((c) => c.id === id);
        if (!comment) {
          send(404, { message: 'Not Found' });
          return;
        }
        comment.body = (body as { body: string }).body;
        send(200, comment);
        return;
      }
      default:
        send(404, { message: 'Not Found' });
    }
  }

  private route(method: string, pathname: string): string | undefined {
    if (method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/files$/.test(pathname)) return 'files';
    if (method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.test(pathname)) return 'list-comments';
    if (method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.test(pathname)) return 'create-comment';
    if (method === 'PATCH' && /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/\d+$/.test(pathname)) return 'update-comment';
    return undefined;
  }

  private linkHeader(url: URL, page: number, pages: number): Record<string, string> {
    if (pages <= 1) return {};
    const at = (n: number): string => {
      const next = new URL(url);
      next.searchParams.set('page', String(n));
      return next.toString();
    };
    const links = [...(page < pages ? [`<${at(page + 1)}>; rel="next"`] : []), `<${at(pages)}>; rel="last"`];
    return { link: links.join(', ') };
  }
}
