import { render } from 'preact';

function Popup() {
  return (
    <main data-testid="popup">
      <h1>{browser.i18n.getMessage('popupTitle')}</h1>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
