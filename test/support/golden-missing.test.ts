// A missing golden folder: a loud warning on a developer machine, a failure in CI (env CI set).
import test from 'ava';
import { warnGoldenMissing } from './golden.js';

test.serial('warnGoldenMissing fails in CI and only warns elsewhere', (t) => {
  const saved = process.env.CI;
  try {
    process.env.CI = 'true';
    t.throws(() => warnGoldenMissing('example', 3), { message: /GOLDEN VECTORS NOT FOUND .*3 example checks NOT RUN \(CI is set/ });
    delete process.env.CI;
    const warn = console.warn;
    const said: string[] = [];
    console.warn = (m: string) => said.push(m);
    try {
      t.notThrows(() => warnGoldenMissing('example', 3));
    } finally {
      console.warn = warn;
    }
    t.regex(said.join(''), /GOLDEN VECTORS NOT FOUND/);
  } finally {
    if (saved === undefined) delete process.env.CI;
    else process.env.CI = saved;
  }
});
