import { LitElement, html, css } from 'lit';
import { JsonRpc } from 'jsonrpc';
import '@vaadin/grid';
import { columnBodyRenderer } from '@vaadin/grid/lit.js';

/** rest-allow's start-up warnings: each check's finding, the methods involved, and a request that shows it. */
export class QwcRestAllowWarnings extends LitElement {

    jsonRpc = new JsonRpc(this);

    static styles = css`
        :host { display: flex; flex-direction: column; height: 100%; }
        vaadin-grid { height: 100%; }
        code { font-size: 85%; }
        .root { padding: 0.5em 1em; color: var(--lumo-contrast-70pct); }
    `;

    static properties = {
        _warnings: { state: true }
    };

    connectedCallback() {
        super.connectedCallback();
        this.jsonRpc.warnings().then(response => { this._warnings = response.result; });
    }

    render() {
        if (!this._warnings) {
            return html`<span>Loading the start-up warnings...</span>`;
        }
        if (this._warnings.length === 0) {
            return html`<span>No start-up warnings.</span>`;
        }
        return html`
            <div class="root">Paths are relative to the REST application's root (its <code>@ApplicationPath</code>).</div>
            <vaadin-grid .items="${this._warnings}" theme="row-stripes wrap-cell-content" all-rows-visible>
                <vaadin-grid-column header="Check" path="check" auto-width></vaadin-grid-column>
                <vaadin-grid-column header="Example request" auto-width
                    ${columnBodyRenderer(warning => html`<code>${warning.exampleRequest}</code>`, [])}></vaadin-grid-column>
                <vaadin-grid-column header="Methods" auto-width
                    ${columnBodyRenderer(warning => html`${warning.methods.map(method => html`<div><code>${method}</code></div>`)}`, [])}></vaadin-grid-column>
                <vaadin-grid-column header="What happens" path="detail" flex-grow="1"></vaadin-grid-column>
            </vaadin-grid>`;
    }
}
customElements.define('qwc-rest-allow-warnings', QwcRestAllowWarnings);
