import {
  QueueTicketScreens,
  RatingScreens,
  StatusLookupScreens,
} from '../later-screens';
import { assertNever } from '../submit-dossier/form';
import type {
  ScreenProps,
  ServiceScreenName,
} from '../submit-dossier/screen-props';
import { childOf } from './children';
import { ChoosingServiceScreen } from './choosing-service-screen';
import './services.css';

/** The home menu, or the running service's own screens. */
export function ServiceScreen(
  props: ScreenProps & { name: ServiceScreenName },
) {
  const { name, snapshot, send } = props;
  switch (name) {
    case 'choosingService':
      return <ChoosingServiceScreen snapshot={snapshot} send={send} />;
    case 'lookingUp': {
      const actor = childOf(snapshot, 'statusLookup');
      return actor && <StatusLookupScreens actor={actor} />;
    }
    case 'takingTicket': {
      const actor = childOf(snapshot, 'queueTicket');
      return actor && <QueueTicketScreens actor={actor} />;
    }
    case 'rating':
    case 'ratingAfterSlip': {
      const actor = childOf(snapshot, 'rating');
      return actor && <RatingScreens actor={actor} />;
    }
    default:
      return assertNever(name);
  }
}
