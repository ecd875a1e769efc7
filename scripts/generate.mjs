// Everything generated from committed sources (into src/generated/, not
// committed): the fr/es locale modules from xliff/, and the jurisdiction
// briefs from the dataset, the dataset validator. Runs before type checking, builds, Storybook and
// the demo.
import './localize.mjs';
import './data-briefs.mjs';
import './data-records.mjs';
import './validator.mjs';
import './intl-words.mjs';
import './group-order.mjs';
import './recent-changes.mjs';
