Feature: Motorbike licence
  A bike up to 50 cc needs an AM licence, which can be held from 16. Up to 125 cc needs an A1
  (from 17), up to 500 cc an A2 (from 19) and anything bigger a full A (from 24).

  Scenario Outline: which licence a rider needs
    Given a rider aged <age>
    And a bike of <cc> cc
    When the licence is checked
    Then the licence needed is "<licence>"
    And the rider is old enough: <old_enough>

    Examples:
      | age | cc   | licence | old_enough |
      | 30  | 50   | AM      | yes        |
      | 17  | 250  | A2      | no         |
      | 20  | 600  | A       | no         |
      | 65  | 1200 | A       | yes        |
      | 16  | 110  | A1      | no         |
      | 19  | 400  | A2      | yes        |
