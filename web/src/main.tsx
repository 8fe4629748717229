import { render } from 'preact';
import { App } from './app.tsx';
import './styles.css';
import './styles-detection.css';

render(<App />, document.getElementById('app')!);
