Feature: Will the car fit in the garage
  A car fits if the garage is at least 60 cm longer than the car and at least
  70 cm wider, so the doors open and you can walk round it. We also give the
  room to spare in length, the garage length less the car length.

  Scenario Outline: checking a car against a garage
    Given a car <carlength> cm long and <carwidth> cm wide
    And a garage <garagelength> cm long and <garagewidth> cm wide
    When the fit is checked
    Then it fits: <fits>
    And the room to spare in length is <spare> cm

    Examples:
      | carlength | carwidth | garagelength | garagewidth | fits | spare |
      | 420       | 180      | 480          | 250         | yes  | 60    |
      | 420       | 180      | 479          | 250         | no   | 59    |
      | 420       | 180      | 480          | 249         | no   | 60    |
      | 450       | 185      | 540          | 255         | yes  | 90    |
      | 490       | 200      | 500          | 300         | no   | 10    |
      | 380       | 170      | 500          | 240         | yes  | 120   |
      | 500       | 190      | 480          | 300         | no   | -20   |
      | 430       | 182      | 490          | 252         | yes  | 60    |
      | 400       | 175      | 470          | 244         | no   | 70    |
