import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PickList } from './pick-list';
import type { PickOption } from './pick-option';
import { findOption } from './search';

interface PickListFieldProps {
  readonly id: string;
  readonly testId: string;
  readonly title: string;
  readonly options: readonly PickOption[];
  readonly value: string;
  readonly invalid: boolean;
  readonly describedBy: string | undefined;
  readonly onChange: (code: string) => void;
}

/** A form field chosen from a pick-list: shows the name, opens the list. */
export function PickListField(props: PickListFieldProps) {
  const { t } = useTranslation('app');
  const [open, setOpen] = useState(false);
  const chosen = findOption(props.options, props.value);

  return (
    <>
      <button
        type="button"
        id={props.id}
        className="button picklist-field"
        aria-haspopup="dialog"
        aria-invalid={props.invalid}
        aria-describedby={props.describedBy}
        data-testid={props.testId}
        data-value={props.value}
        onClick={() => setOpen(true)}
      >
        {chosen?.name ?? t('picklist.choose')}
      </button>
      {open && (
        <PickList
          title={props.title}
          options={props.options}
          value={props.value}
          onPick={(code) => {
            props.onChange(code);
            setOpen(false);
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
