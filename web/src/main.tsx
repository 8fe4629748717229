import { render } from 'preact';
import { App } from './app.tsx';
// The whole app's styles, in one stylesheet and in this order. The pages load lazily (lib/lazy-page.tsx);
// a stylesheet imported by a page would arrive with its chunk, after these, and win the ties the
// rules below are meant to win (`.map` over `.maplibregl-map`, the app's styles over a feature's).
import 'maplibre-gl/dist/maplibre-gl.css';
import './features/cases/cases.css';
import './features/imports/imports.css';
import './features/notifications/notifications.css';
import './features/escorts/escorts.css';
import './features/seizures/seizures.css';
import './features/graph/graph.css';
import './styles.css';
import './styles-detection.css';
import './styles-review.css';
import './styles-alerts.css';

render(<App />, document.getElementById('app')!);
