import { render } from 'preact';
import { App } from './App';
import { language } from './lib/i18n';
import './styles.css';

document.documentElement.lang = language();
render(<App />, document.getElementById('app')!);
