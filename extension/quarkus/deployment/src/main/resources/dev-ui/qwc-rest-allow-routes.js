import { LitElement, html, css } from 'lit';
import { JsonRpc } from 'jsonrpc';
import '@vaadin/grid';
import { columnBodyRenderer } from '@vaadin/grid/lit.js';

/** rest-allow's route table: every full path template, its Allow, and the resource methods answering there. */
export class QwcRestAllowRoutes extends LitElement {

    jsonRpc = new JsonRpc(this);

    static styles = css`
        :host { display: flex; flex-direction: column; height: 100%; }
        vaadin-grid { height: 100%; }
        code { font-size: 85%; }
        .root { padding: 0.5em 1em; color: var(--lumo-contrast-70pct); }
    `;

    static properties = {
        _routes: { state: true }
    };

    connectedCallback() {
        super.connectedCallback();
        this.jsonRpc.routes().then(response => { this._routes = response.result; });
    }

    render() {
        if (!this._routes) {
            return html`<span>Loading the route table...</span>`;
        }
        return html`
            <div class="root">Paths are relative to the REST application's root (its <code>@ApplicationPath</code>).</div>
            <vaadin-grid .items="${this._routes}" theme="row-stripes" all-rows-visible>
                <vaadin-grid-column header="Path template" auto-width
                    ${columnBodyRenderer(route => html`<code>${route.template}</code>`, [])}></vaadin-grid-column>
                <vaadin-grid-column header="Allow" auto-width
                    ${columnBodyRenderer(route => html`<code>${route.allow}</code>`, [])}></vaadin-grid-column>
                <vaadin-grid-column header="Sources" auto-width
                    ${columnBodyRenderer(route => html`${route.sources.map(source => html`<div><code>${source}</code></div>`)}`, [])}></vaadin-grid-column>
            </vaadin-grid>`;
    }
}
customElements.define('qwc-rest-allow-routes', QwcRestAllowRoutes);
