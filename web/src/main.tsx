import { render } from 'preact';
import { App } from './app.tsx';
import './styles.css';
import './styles-detection.css';
import './styles-review.css';
import './styles-alerts.css';

render(<App />, document.getElementById('app')!);
