Feature: Speed dial
  Keys 2 to 9 can each hold a contact; key 1 always calls voicemail. A contact saved to speed
  dial goes on the lowest free key.

  Scenario: the first contacts
    Given no speed dial keys are set
    When "Mum" is saved to speed dial
    And "Dan" is saved to speed dial
    Then key 2 holds "Mum"
    And key 3 holds "Dan"

  Scenario: a freed key is reused
    Given no speed dial keys are set
    When "Mum" is saved to speed dial
    And "Dan" is saved to speed dial
    And "Gran" is saved to speed dial
    And key 3 is cleared
    And "Work" is saved to speed dial
    Then key 3 holds "Work"
    When key 4 is pressed and held
    Then the phone calls "Gran"

  Scenario: saving someone twice
    Given no speed dial keys are set
    When "Mum" is saved to speed dial
    And "Mum" is saved to speed dial
    Then the phone says "Mum is already on key 2"
    When key 1 is pressed and held
    Then the phone calls "voicemail"

  Scenario: every key in use
    Given no speed dial keys are set
    When "Ana" is saved to speed dial
    And "Ben" is saved to speed dial
    And "Cal" is saved to speed dial
    And "Dot" is saved to speed dial
    And "Eve" is saved to speed dial
    And "Fay" is saved to speed dial
    And "Gus" is saved to speed dial
    And "Hal" is saved to speed dial
    And "Ivy" is saved to speed dial
    Then the phone says "all speed dial keys are in use"
    When key 6 is cleared
    And "Ivy" is saved to speed dial
    Then key 6 holds "Ivy"
    When key 9 is pressed and held
    Then the phone calls "Hal"

  Scenario: empty keys
    Given no speed dial keys are set
    When key 4 is cleared
    Then the phone says "key 4 is empty"
    When "Dan" is saved to speed dial
    And key 5 is pressed and held
    Then the phone says "key 5 is empty"
    When key 2 is pressed and held
    Then the phone calls "Dan"
