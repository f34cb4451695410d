Feature: Speed dial
  Keys 2 to 9 can each hold a contact; key 1 always calls voicemail. A contact saved to speed
  dial goes on the lowest free key.

  Scenario: two keys cleared and filled again
    Given no speed dial keys are set
    When "Mum" is saved to speed dial
    And "Dan" is saved to speed dial
    And "Gran" is saved to speed dial
    And key 2 is cleared
    And key 3 is cleared
    And "Ali" is saved to speed dial
    And "Bea" is saved to speed dial
    Then key 2 holds "Ali"
    And key 3 holds "Bea"
    And key 4 holds "Gran"
    When "Dan" is saved to speed dial
    Then key 5 holds "Dan"

  Scenario: work and home
    Given no speed dial keys are set
    When "Work" is saved to speed dial
    And "Home" is saved to speed dial
    And "Work" is saved to speed dial
    Then the phone says "Work is already on key 2"
    When key 7 is cleared
    Then the phone says "key 7 is empty"
    When key 3 is pressed and held
    Then the phone calls "Home"

  Scenario: a full phone with two gaps
    Given no speed dial keys are set
    When "Ana" is saved to speed dial
    And "Ben" is saved to speed dial
    And "Cal" is saved to speed dial
    And "Dot" is saved to speed dial
    And "Eve" is saved to speed dial
    And "Fay" is saved to speed dial
    And "Gus" is saved to speed dial
    And "Hal" is saved to speed dial
    And key 9 is cleared
    And key 2 is cleared
    And "Zoe" is saved to speed dial
    Then key 2 holds "Zoe"
    When "Kim" is saved to speed dial
    Then key 9 holds "Kim"
    When "Lou" is saved to speed dial
    Then the phone says "all speed dial keys are in use"
