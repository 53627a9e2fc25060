/** The part of petrovich (CommonJS, untyped) that src/domain/grammar/names.ts calls. */
declare module 'petrovich' {
  interface PetrovichPerson {
    gender?: 'male' | 'female' | 'androgynous';
    first?: string;
    middle?: string;
    last?: string;
  }
  type PetrovichCase = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
  function petrovich(person: PetrovichPerson, gcase: PetrovichCase): PetrovichPerson;
  export = petrovich;
}
