import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OnScreenKeyboard } from '../keyboard/on-screen-keyboard';
import type { PickOption } from './pick-option';
import { filterOptions, sortOptions } from './search';
import './pick-list.css';

interface PickListProps {
  readonly title: string;
  readonly options: readonly PickOption[];
  /** The code chosen so far, marked in the list. */
  readonly value: string;
  readonly onPick: (code: string) => void;
  readonly onClose: () => void;
}

/**
 * A searchable touch list over the whole screen: typing on the kiosk's
 * keyboard narrows it (marks and case do not matter), a tap chooses.
 */
export function PickList(props: PickListProps) {
  const { t } = useTranslation('app');
  const [query, setQuery] = useState('');
  const sorted = useMemo(() => sortOptions(props.options), [props.options]);
  const shown = filterOptions(sorted, query);

  return (
    <div
      className="overlay picklist"
      role="dialog"
      aria-modal="true"
      aria-label={props.title}
      data-testid="picklist"
    >
      <div className="overlay__panel picklist__panel">
        <h2 className="overlay__heading">{props.title}</h2>
        <label className="picklist__search">
          <span>{t('picklist.search')}</span>
          <input
            className="input"
            inputMode="none"
            autoComplete="off"
            value={query}
            data-testid="picklist-search"
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
        <p className="picklist__count" role="status">
          {t('picklist.count', { count: shown.length })}
        </p>
        <ul className="picklist__options">
          {shown.map((option) => (
            <li key={option.code}>
              <button
                type="button"
                className="button picklist__option"
                aria-pressed={option.code === props.value}
                data-testid={`picklist-option-${option.code}`}
                onClick={() => props.onPick(option.code)}
              >
                {option.name}
              </button>
            </li>
          ))}
        </ul>
        <OnScreenKeyboard
          mode="letters"
          value={query}
          maxLength={40}
          onChange={setQuery}
          onClose={props.onClose}
        />
        <button
          type="button"
          className="button"
          data-testid="picklist-close"
          onClick={props.onClose}
        >
          {t('picklist.close')}
        </button>
      </div>
    </div>
  );
}
