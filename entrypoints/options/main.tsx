import { render } from 'preact';

function Options() {
  return (
    <main data-testid="options">
      <h1>{browser.i18n.getMessage('optionsTitle')}</h1>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
