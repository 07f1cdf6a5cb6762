/**
 * The half-second figure's element (HalfSecondFigure.astro): replays a measured login as a real
 * wait and reports it in text and to screen readers.
 */
import {
  AttemptLog,
  describeAttempt,
  describeSlowdown,
  formatSeconds,
  type MeasurementId,
  MEASUREMENTS,
  type Server,
} from '../../lib/story/login-timing';

/** Replays a measured duration as a real wait, then reports the result in text and to screen readers. */
class HalfSecond extends HTMLElement {
  #log = new AttemptLog();
  #status = this.querySelector<HTMLElement>('[data-status]')!;
  #profile = this.querySelector<HTMLElement>('[data-profile]')!;
  #buttons = [...this.querySelectorAll<HTMLButtonElement>('[data-try]')];

  connectedCallback() {
    this.querySelector<HTMLElement>('[data-interactive]')!.hidden = false;
    this.#profile.hidden = true; // revealed once the reader has felt the slow server
    for (const button of this.#buttons) {
      button.addEventListener('click', () => this.#attempt(button.dataset.try as Server));
    }
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[type=radio]')) {
      radio.addEventListener('change', () => this.#reset());
    }
  }

  get #measurement(): MeasurementId {
    return (this.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value ??
      'failed-login') as MeasurementId;
  }

  #card(server: Server) {
    return this.querySelector<HTMLElement>(`[data-server="${server}"]`)!;
  }

  #reset() {
    const command = MEASUREMENTS[this.#measurement].command;
    for (const server of ['healthy', 'backdoored'] as const) {
      const card = this.#card(server);
      card.querySelector('[data-command]')!.textContent = command;
      card.querySelector('[data-result]')!.textContent = '';
      card.removeAttribute('data-state');
    }
    this.#status.textContent = '';
  }

  #attempt(server: Server) {
    const measurementId = this.#measurement;
    const measurement = MEASUREMENTS[measurementId];
    const seconds = measurement.seconds[server];
    const card = this.#card(server);
    const result = card.querySelector<HTMLElement>('[data-result]')!;
    const fill = card.querySelector<HTMLElement>('.bar-fill')!;

    for (const button of this.#buttons) button.disabled = true;
    result.textContent = 'waiting…';
    // Empty the bar without animating, then let it fill over the measured time.
    fill.style.transitionDuration = '0s';
    card.removeAttribute('data-state');
    void fill.offsetWidth;
    fill.style.transitionDuration = `${seconds}s`;
    card.setAttribute('data-state', 'running');

    window.setTimeout(() => {
      card.setAttribute('data-state', 'done');
      result.textContent = `${measurementId === 'failed-login' ? 'Permission denied' : 'usage printed'} · ${formatSeconds(seconds, measurement.approximate)}`;
      this.#log.record(measurementId, server);
      const comparison = this.#log.hasTriedBoth(measurementId)
        ? ` ${describeSlowdown(measurementId)}`
        : '';
      this.#status.textContent = `${describeAttempt(measurementId, server)}${comparison}`;
      if (server === 'backdoored') this.#profile.hidden = false;
      for (const button of this.#buttons) button.disabled = false;
    }, seconds * 1000);
  }
}
if (!customElements.get('xz-half-second')) customElements.define('xz-half-second', HalfSecond);
