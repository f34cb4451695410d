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
      | 16  | 50   | AM      | yes        |
      | 15  | 49   | AM      | no         |
      | 17  | 51   | A1      | yes        |
      | 16  | 125  | A1      | no         |
      | 19  | 126  | A2      | yes        |
      | 18  | 500  | A2      | no         |
      | 24  | 501  | A       | yes        |
      | 23  | 1000 | A       | no         |
      | 40  | 125  | A1      | yes        |
