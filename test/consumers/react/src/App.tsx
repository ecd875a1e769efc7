import { useState } from 'react';
import 'kratom-widgets/all';
// Types only: the elements' attributes, properties and events in React's JSX.
import type {} from 'kratom-widgets/react';

export function App() {
  const [place, setPlace] = useState({ code: 'US-TX', name: 'Texas' });
  const [chosen, setChosen] = useState('');

  return (
    <main id="app">
      <h1>React</h1>
      <p>
        Kratom in {place.name}: <kratom-status-badge jurisdiction={place.code}></kratom-status-badge>
      </p>
      <button type="button" onClick={() => setPlace({ code: 'US-AL', name: 'Alabama' })}>
        Show Alabama
      </button>
      <h2>Kratom law by state</h2>
      <kratom-law-map
        region="us"
        view="map"
        onkratom-jurisdiction-select={(e) => setChosen(`You chose ${e.detail.code} (${e.detail.record.status}).`)}
      ></kratom-law-map>
      <p id="chosen" role="status">{chosen || 'Nothing chosen yet.'}</p>
    </main>
  );
}
