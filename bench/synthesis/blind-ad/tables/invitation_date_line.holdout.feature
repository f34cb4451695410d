Feature: Invitation date line
  Invitations give the date as the weekday, the day of the month with its ending (1st,
  2nd, 3rd, 4th, but 11th, 12th and 13th), the name of the month and the year.

  Scenario Outline: printing the date
    Given the party is on "<date>"
    When the invitation is printed
    Then the date line reads "<line>"

    Examples:
      | date       | line                       |
      | 2028-02-29 | Tuesday 29th February 2028 |
      | 2027-04-23 | Friday 23rd April 2027     |
      | 2027-11-30 | Tuesday 30th November 2027 |
      | 2028-06-11 | Sunday 11th June 2028      |
      | 2028-09-03 | Sunday 3rd September 2028  |
      | 2027-01-02 | Saturday 2nd January 2027  |
