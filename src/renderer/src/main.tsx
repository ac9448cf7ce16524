import { requestCohort } from './firstLoad';
import { startTheme } from './theme';

// The entry chunk is only this and the API client. It asks for the app's code first (the host sends
// those files at once), then for the cohort, which the backend reads while the browser parses the code.
startTheme();
const app = import('./mount');
const request = requestCohort();
void app.then(({ mount }) => mount(request));
