// A recording stand-in for the `electron` module: the one boundary these machines cannot run (no Electron binary
// can be downloaded). It implements only what the app's main process and preload touch, the way Electron behaves
// for them (events, IPC with structured clones and sender frames, a window's close sequence), records every call,
// and lets a test play the user and the renderer. Everything behind it — the packaged bundles, the workspace on
// disk, electron-store, pdfkit — is the real thing.

import { EventEmitter } from 'node:events';

interface Recorded {
  what: string;
  args: unknown[];
}

export interface StandinOptions {
  userData: string;
  /** app.getAppPath(): the unpacked app.asar (set by loadPackagedMain). */
  appPath?: string;
  documents: string;
  /** What requestSingleInstanceLock answers (false: another instance runs). */
  singleInstance?: boolean;
  /** What the save dialog answers: a path, or null for cancel. */
  savePath?: string | null;
  locale?: string;
}

type Listener = (...args: any[]) => unknown;

/** A frame as Electron's IPC events carry it. */
export interface FrameLike {
  url: string;
  parent: unknown;
}

class StandinWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = StandinWebContents.nextId++;
  url = '';
  windowOpenHandler: Listener | null = null;
  constructor(private readonly rec: Recorder) {
    super();
  }
  /** main → page: delivered to the preload's ipcRenderer listeners. */
  send(channel: string, ...args: unknown[]): void {
    this.rec.record('webContents.send', channel, ...args);
    this.rec.renderer.deliver(
      channel,
      args.map((a) => structuredClone(a)),
    );
  }
  setWindowOpenHandler(handler: Listener): void {
    this.windowOpenHandler = handler;
  }
  isCrashed(): boolean {
    return false;
  }
  isDestroyed(): boolean {
    return false;
  }
  get mainFrame(): FrameLike {
    return { url: this.url, parent: null };
  }
}

class Recorder {
  readonly calls: Recorded[] = [];
  renderer!: RendererSide;
  record(what: string, ...args: unknown[]): void {
    this.calls.push({ what, args });
  }
  named(what: string): Recorded[] {
    return this.calls.filter((c) => c.what === what);
  }
}

/** The page's side of IPC: what the preload's ipcRenderer talks to. */
class RendererSide {
  private readonly listeners = new Map<string, Set<Listener>>();
  constructor(private readonly main: MainSide) {}
  on(channel: string, listener: Listener): void {
    if (!this.listeners.has(channel)) this.listeners.set(channel, new Set());
    this.listeners.get(channel)!.add(listener);
  }
  removeListener(channel: string, listener: Listener): void {
    this.listeners.get(channel)?.delete(listener);
  }
  removeAllListeners(channel?: string): void {
    if (channel) this.listeners.delete(channel);
    else this.listeners.clear();
  }
  deliver(channel: string, args: unknown[]): void {
    for (const listener of this.listeners.get(channel) ?? []) listener({ sender: null }, ...args);
  }
  listenerCount(channel: string): number {
    return this.listeners.get(channel)?.size ?? 0;
  }
  /** The preload's ipcRenderer object (what `require('electron')` gives a sandboxed preload). */
  ipcRenderer(frame: () => FrameLike) {
    return {
      invoke: (channel: string, ...args: unknown[]) => this.main.invoke(channel, frame(), args),
      send: (channel: string, ...args: unknown[]) => this.main.send(channel, frame(), args),
      on: (channel: string, listener: Listener) => this.on(channel, listener),
      removeListener: (channel: string, listener: Listener) => this.removeListener(channel, listener),
      removeAllListeners: (channel?: string) => this.removeAllListeners(channel),
    };
  }
}

/** ipcMain and the window the IPC events come from. */
class MainSide {
  readonly handlers = new Map<string, Listener>();
  readonly listeners = new Map<string, Set<Listener>>();
  webContents: StandinWebContents | null = null;
  /** Like Electron: arguments and results cross as structured clones; a missing handler is an error. */
  async invoke(channel: string, frame: FrameLike, args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`Error invoking remote method '${channel}': No handler registered`);
    const event = { sender: this.webContents, senderFrame: frame, processId: 1, frameId: 1 };
    return structuredClone(await handler(event, ...args.map((a) => structuredClone(a))));
  }
  send(channel: string, frame: FrameLike, args: unknown[]): void {
    const event = { sender: this.webContents, senderFrame: frame, processId: 1, frameId: 1 };
    for (const listener of this.listeners.get(channel) ?? []) listener(event, ...args.map((a) => structuredClone(a)));
  }
}

export interface Standin {
  /** The `electron` module the main process gets. */
  main: Record<string, unknown>;
  /** The `electron` module a preload gets, for frames that `frame()` describes. */
  preloadModule(frame: () => FrameLike): Record<string, unknown>;
  /** What contextBridge.exposeInMainWorld put on the page's window. */
  mainWorld: Record<string, unknown>;
  calls: Recorded[];
  named(what: string): Recorded[];
  windows: StandinWindow[];
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  ipc: MainSide;
  renderer: RendererSide;
  /** Electron's 'ready': resolves app.whenReady(). */
  ready(): void;
  app: EventEmitter & { quitting: boolean; exitCode: number | null };
  options: StandinOptions;
}

interface StandinWindow extends EventEmitter {
  options: Record<string, any>;
  webContents: StandinWebContents;
  loaded: string[];
  focused: number;
  restored: number;
  minimized: boolean;
  destroyed: boolean;
  /** What the user does with the window's close button: the 'close' event, which the app may prevent. */
  close(): void;
}

export function createStandin(options: StandinOptions): Standin {
  const rec = new Recorder();
  const ipc = new MainSide();
  const renderer = new RendererSide(ipc);
  rec.renderer = renderer;
  const windows: StandinWindow[] = [];
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const mainWorld: Record<string, unknown> = {};
  let isReady = false;
  let resolveReady!: () => void;
  const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));

  const app = Object.assign(new EventEmitter(), {
    quitting: false,
    exitCode: null as number | null,
    isPackaged: true,
    whenReady: () => readyPromise,
    isReady: () => isReady,
    requestSingleInstanceLock: () => {
      rec.record('app.requestSingleInstanceLock');
      return options.singleInstance !== false;
    },
    quit: () => {
      rec.record('app.quit');
      app.quitting = true;
    },
    exit: (code = 0) => {
      rec.record('app.exit', code);
      app.quitting = true;
      app.exitCode = code;
    },
    getPath: (name: string) => {
      if (name === 'userData') return options.userData;
      if (name === 'documents') return options.documents;
      throw new Error(`stand-in app.getPath: no path for ${name}`);
    },
    getAppPath: () => {
      if (!options.appPath) throw new Error('stand-in app.getAppPath: no app path');
      return options.appPath;
    },
    getVersion: () => '0.1.0',
    getName: () => 'Claim Workbench',
    getLocale: () => options.locale ?? 'en-US',
  });

  class BrowserWindow extends EventEmitter implements StandinWindow {
    static getAllWindows = () => windows.filter((w) => !w.destroyed);
    webContents = new StandinWebContents(rec);
    loaded: string[] = [];
    focused = 0;
    restored = 0;
    minimized = false;
    destroyed = false;
    constructor(readonly options: Record<string, any>) {
      super();
      rec.record('new BrowserWindow', options);
      windows.push(this);
      ipc.webContents = this.webContents;
      app.emit('web-contents-created', {}, this.webContents);
    }
    async loadURL(url: string) {
      rec.record('window.loadURL', url);
      this.loaded.push(url);
      this.webContents.url = url;
      // Navigation itself is not ours to prevent; Electron emits ready-to-show once the page painted.
      setImmediate(() => this.emit('ready-to-show'));
    }
    async loadFile(file: string) {
      rec.record('window.loadFile', file);
      this.loaded.push(`file:${file}`);
    }
    show() {
      rec.record('window.show');
    }
    focus() {
      this.focused += 1;
    }
    restore() {
      this.restored += 1;
      this.minimized = false;
    }
    isMinimized() {
      return this.minimized;
    }
    isDestroyed() {
      return this.destroyed;
    }
    close() {
      if (this.destroyed) return;
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      rec.record('window.close', { prevented });
      if (prevented) return;
      this.destroyed = true;
      this.emit('closed');
      if (BrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed');
    }
  }

  const main = {
    app,
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) =>
        rec.record('protocol.registerSchemesAsPrivileged', schemes, { beforeReady: !isReady }),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        rec.record('protocol.handle', scheme);
        protocolHandlers.set(scheme, handler);
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => rec.record('session.setPermissionRequestHandler', handler),
        setPermissionCheckHandler: (handler: Listener) => rec.record('session.setPermissionCheckHandler', handler),
        webRequest: { onHeadersReceived: (handler: Listener) => rec.record('session.onHeadersReceived', handler) },
      },
    },
    ipcMain: {
      handle: (channel: string, handler: Listener) => {
        if (ipc.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        ipc.handlers.set(channel, handler);
      },
      removeHandler: (channel: string) => ipc.handlers.delete(channel),
      on: (channel: string, listener: Listener) => {
        if (!ipc.listeners.has(channel)) ipc.listeners.set(channel, new Set());
        ipc.listeners.get(channel)!.add(listener);
      },
      removeListener: (channel: string, listener: Listener) => ipc.listeners.get(channel)?.delete(listener),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: { template: unknown }) => rec.record('Menu.setApplicationMenu', menu.template),
    },
    dialog: {
      showSaveDialog: async (...args: unknown[]) => {
        rec.record('dialog.showSaveDialog', args.at(-1));
        const path = options.savePath ?? null;
        return { canceled: path === null, filePath: path ?? '' };
      },
      showMessageBoxSync: (...args: unknown[]) => {
        rec.record('dialog.showMessageBoxSync', args.at(-1));
        return 0;
      },
      showErrorBox: (title: string, content: string) => rec.record('dialog.showErrorBox', title, content),
    },
    shell: {
      openExternal: async (url: string) => rec.record('shell.openExternal', url),
      showItemInFolder: (path: string) => rec.record('shell.showItemInFolder', path),
    },
  };

  const preloadModule = (frame: () => FrameLike) => ({
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => {
        if (key in mainWorld)
          throw new Error(`Cannot bind an API on top of an existing property on the window: ${key}`);
        mainWorld[key] = api;
      },
    },
    ipcRenderer: renderer.ipcRenderer(frame),
  });

  return {
    main,
    preloadModule,
    mainWorld,
    calls: rec.calls,
    named: (what) => rec.named(what),
    windows,
    protocolHandlers,
    ipc,
    renderer,
    ready: () => {
      isReady = true;
      app.emit('ready');
      resolveReady();
    },
    app,
    options,
  };
}
