// Testing Library's wait for findBy*/waitFor: 1 s by default, too short for lazy chunks on a loaded machine.
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 5000 });
