Feature: Thermos flask
  The flask holds 750 ml of tea. It pours a cup of 150 ml or a mug of 250 ml, and it can be
  topped up with any amount that fits.

  Scenario: pouring for two
    Given the flask has 750 ml of tea in it
    When a cup is poured
    Then there is 600 ml of tea in the flask
    When a mug is poured
    Then there is 350 ml of tea in the flask

  Scenario: not enough for a mug
    Given the flask has 200 ml of tea in it
    When a mug is poured
    Then the flask won't pour: "there is only 200 ml left"
    When a cup is poured
    Then there is 50 ml of tea in the flask
    When a cup is poured
    Then the flask won't pour: "there is only 50 ml left"

  Scenario: an empty flask
    Given the flask has 0 ml of tea in it
    When a cup is poured
    Then the flask won't pour: "the flask is empty"
    When 500 ml is added
    Then there is 500 ml of tea in the flask

  Scenario: topping up too much
    Given the flask has 600 ml of tea in it
    When 300 ml is added
    Then the flask won't take it: "there is only room for 150 ml"
    When 150 ml is added
    Then there is 750 ml of tea in the flask
    When 100 ml is added
    Then the flask won't take it: "the flask is already full"

  Scenario: the last mug
    Given the flask has 250 ml of tea in it
    When a mug is poured
    Then there is 0 ml of tea in the flask
    When 400 ml is added
    Then there is 400 ml of tea in the flask
