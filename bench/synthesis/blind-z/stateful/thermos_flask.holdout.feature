Feature: Thermos flask
  The flask holds 750 ml of tea. It pours a cup of 150 ml or a mug of 250 ml, and it can be
  topped up with any amount that fits.

  Scenario: a long walk
    Given the flask has 750 ml of tea in it
    When a mug is poured
    And a mug is poured
    And a cup is poured
    Then there is 100 ml of tea in the flask
    When a mug is poured
    Then the flask won't pour: "there is only 100 ml left"

  Scenario: filling from nearly empty
    Given the flask has 100 ml of tea in it
    When 700 ml is added
    Then the flask won't take it: "there is only room for 650 ml"
    When 650 ml is added
    And a cup is poured
    Then there is 600 ml of tea in the flask

  Scenario: empty then full
    Given the flask has 150 ml of tea in it
    When a cup is poured
    And a mug is poured
    Then the flask won't pour: "the flask is empty"
    When 750 ml is added
    Then there is 750 ml of tea in the flask
    When 50 ml is added
    Then the flask won't take it: "the flask is already full"
