import { Suspense } from 'react';
import { HelpLayer } from '../help/help-layer';
import { ServiceScreen } from '../home/service-screen';
import { AttractScreen } from './attract-screen';
import { ChoosingLanguageScreen } from './choosing-language-screen';
import { ChoosingProcedureScreen } from './choosing-procedure-screen';
import { DoneScreen } from './done-screen';
import { assertNever } from './form';
import { IdentifyingScreen } from './identifying-screen';
import { IdleWarning } from './idle-warning';
import {
  AttachingScreen,
  ConsentingScreen,
  FillingFormScreen,
  ReviewingScreen,
  ShowingSlipScreen,
} from '../later-screens';
import { screenOf } from './screen-props';
import type { ScreenProps } from './screen-props';
import { SubmittingScreen } from './submitting-screen';

function CurrentScreen(props: ScreenProps) {
  const screen = screenOf(props.snapshot);
  switch (screen) {
    case 'attract':
      return <AttractScreen {...props} />;
    case 'choosingLanguage':
      return <ChoosingLanguageScreen {...props} />;
    case 'identifying':
      return <IdentifyingScreen {...props} />;
    case 'choosingProcedure':
      return <ChoosingProcedureScreen {...props} />;
    case 'fillingForm':
      return <FillingFormScreen {...props} />;
    case 'attaching':
      return <AttachingScreen {...props} />;
    case 'reviewing':
      return <ReviewingScreen {...props} />;
    case 'consenting':
      return <ConsentingScreen {...props} />;
    case 'submitting':
      return <SubmittingScreen {...props} />;
    case 'showingSlip':
      return <ShowingSlipScreen {...props} />;
    case 'choosingService':
    case 'lookingUp':
    case 'takingTicket':
    case 'rating':
    case 'ratingAfterSlip':
      return <ServiceScreen name={screen} {...props} />;
    case 'done':
      return <DoneScreen {...props} />;
    default:
      return assertNever(screen);
  }
}

/** The flow's screen for the current state, and the idle question on top. */
export function SubmitDossierScreens(props: ScreenProps) {
  const warning = props.snapshot.matches({ session: { idle: 'warning' } });
  return (
    <>
      <HelpLayer {...props}>
        {/* A later screen's chunk is preloaded; this shows only if not. */}
        <Suspense fallback={null}>
          <CurrentScreen {...props} />
        </Suspense>
      </HelpLayer>
      {warning && <IdleWarning send={props.send} />}
    </>
  );
}
