Feature: Water slide
  Riders queue at the top of the slide and the lifeguard sends them down one at a time, in the
  order they joined. The next rider can only go once the one in the tube has splashed into the
  pool. The slide closes now and then for cleaning; people can still join the queue meanwhile.

  Background:
    Given the slide is open with nobody in the tube or the queue

  Scenario: three riders
    When Ava joins the queue
    And Ben joins the queue
    And Kim joins the queue
    And the lifeguard sends the next rider
    And the rider splashes into the pool
    And the lifeguard sends the next rider
    And the lifeguard sends the next rider
    Then sending is refused with "wait for Ben to reach the pool"
    When the rider splashes into the pool
    And the lifeguard sends the next rider
    Then the tube holds "Kim"
    And the splash count is 2
    And the queue is "empty"

  Scenario: a lone rider
    When Jay joins the queue
    And the lifeguard sends the next rider
    And Jay joins the queue
    Then joining is refused with "Jay is on the slide"
    When the rider splashes into the pool
    And the lifeguard sends the next rider
    Then sending is refused with "nobody is waiting"
    When the rider splashes into the pool
    Then the splash is refused with "the tube is empty"
    And the splash count is 1

  Scenario: cleaning between riders
    When Ola joins the queue
    And the slide closes for cleaning
    And Pat joins the queue
    And Ola joins the queue
    Then joining is refused with "Ola is already queueing"
    When the lifeguard sends the next rider
    Then sending is refused with "the slide is closed"
    When the slide opens again
    And the lifeguard sends the next rider
    And the rider splashes into the pool
    And the lifeguard sends the next rider
    Then the tube holds "Pat"
    And the splash count is 1
