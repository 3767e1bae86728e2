import { passwordProblem } from './password-rules';

const user = { email: 'anna.berg@nordlicht.example', name: 'Anna Berg' };

describe('passwordProblem', () => {
  it('accepts twelve characters and more, of any kind', () => {
    expect(passwordProblem('twelve chars', user)).toBeNull();
    expect(passwordProblem('aaaaaaaaaaaa', user)).toBeNull();
    expect(passwordProblem('Übergrößenträger', user)).toBeNull();
  });

  it('refuses fewer than twelve characters, not counting surrounding blanks', () => {
    expect(passwordProblem('eleven char', user)).toMatch(/at least 12 characters/);
    expect(passwordProblem('   eleven char   ', user)).toMatch(/at least 12 characters/);
    // Characters, not UTF-16 code units: six emoji are twelve code units.
    expect(passwordProblem('🔑🔑🔑🔑🔑🔑', user)).toMatch(/at least 12 characters/);
  });

  it('refuses the e-mail address, in any case and inside a longer password', () => {
    expect(passwordProblem('Anna.Berg@Nordlicht.example', user)).toMatch(/e-mail address or your name/);
    expect(passwordProblem('anna.berg@nordlicht.example2024!', user)).toMatch(/e-mail address or your name/);
  });

  it("refuses the e-mail's name part and the person's name when they are long enough to pass otherwise", () => {
    const long = { email: 'annabergmann@nordlicht.example', name: 'Anna-Lena Bergmann' };
    expect(passwordProblem('AnnaBergmann', long)).toMatch(/e-mail address or your name/);
    expect(passwordProblem('anna-lena bergmann', long)).toMatch(/e-mail address or your name/);
    expect(passwordProblem('anna-lena bergmann rides north', long)).toBeNull();
  });
});
