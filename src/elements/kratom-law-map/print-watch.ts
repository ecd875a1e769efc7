import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Tells its host whether the page is being printed, so the map builds its
 * print-only table (some 2,400 nodes no screen shows) just for printing,
 * between beforeprint and afterprint. Lit's update runs in the microtask
 * after the event, before the browser lays the page out for print. (Print
 * media emulated in developer tools fires neither: the table stays out.)
 */
export class PrintWatch implements ReactiveController {
  printing = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  private readonly set = (on: boolean) => {
    if (on === this.printing) return;
    this.printing = on;
    this.host.requestUpdate();
  };
  private readonly before = () => this.set(true);
  private readonly after = () => this.set(false);

  hostConnected(): void {
    if (isServer) return;
    addEventListener('beforeprint', this.before);
    addEventListener('afterprint', this.after);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.before);
    removeEventListener('afterprint', this.after);
  }
}
